import type { ConditionResult, Verdict } from '../../../services/core/rules';

/** A condition of a verdict by code, at any depth (ANY_OF/ALL_OF parts included). */
export function conditionOf(verdict: Verdict, code: string): ConditionResult {
  const search = (conditions: ConditionResult[]): ConditionResult | undefined =>
    conditions.map((condition) => (condition.code === code ? condition : search(condition.parts))).find(Boolean);
  const found = search(verdict.conditions);
  if (!found) throw new Error(`no condition ${code} in ${verdict.awardType} ${verdict.year}`);
  return found;
}
