import type { InitiativeFact } from './record';
import type { ConditionResult, Verdict } from './verdict';

/**
 * The initiatives an eligible verdict rests on, which the award then uses up (an initiative counts
 * once): for each met INITIATIVE condition, the first of its usable initiatives it needs. Where a
 * choice of branches was met, a branch that needs no initiative is taken first, so none is spent
 * that the award does not need (a CSTDCS rated EXCELLENT keeps its initiative for a later title).
 */
export function initiativesRestedOn(verdict: Verdict): InitiativeFact[] {
  if (!verdict.eligible) return [];
  const byId = new Map(verdict.conditions.flatMap(spent).map((initiative) => [initiative.id, initiative]));
  return [...byId.values()];
}

function spent(result: ConditionResult): InitiativeFact[] {
  if (!result.met) return [];
  switch (result.kind) {
    case 'INITIATIVE':
      return result.evidence.initiatives.slice(0, result.evidence.of ?? 0);
    case 'ALL_OF':
      return result.parts.flatMap(spent);
    case 'ANY_OF': {
      const met = result.parts.filter((part) => part.met).map(spent);
      return met.find((initiatives) => initiatives.length === 0) ?? met[0] ?? [];
    }
    default:
      return [];
  }
}
