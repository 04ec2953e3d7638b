import { redactPersonal, type ConditionResult, type Verdict } from '../../core/rules';
import { awardRuleId } from '../entities/award-rule';
import type { Eligibility } from '../entities/eligibility';
import type { EligibilityCondition } from '../entities/eligibility-condition';
import type { InitiativeScope } from '../entities/initiative';
import type { DisciplineLevel } from '../entities/discipline';
import type { Rating } from '../entities/year-rating';

function condition(result: ConditionResult): EligibilityCondition {
  const { evidence } = result;
  return {
    code: result.code,
    kind: result.kind,
    met: result.met,
    description: result.en,
    descriptionVi: result.vi,
    evidence: {
      ...evidence,
      initiatives: evidence.initiatives.map(({ id, title, year, scope, usedFor }) => ({ id, title, year, scope: scope as InitiativeScope, usedFor })),
      ratings: evidence.ratings.map(({ year, rating }) => ({ year, rating: rating as Rating })),
      disciplines: evidence.disciplines.map(({ level, from, to }) => ({ level: level as DisciplineLevel, from, to })),
    },
    parts: result.parts.map(condition),
  };
}

/**
 * A verdict as the API answers it. `withhold`: the caller may not read the recipient's personal
 * data, so the ratings and disciplines behind each condition are left out (the verdict is not).
 */
export function eligibilityOf(verdict: Verdict, withhold: boolean): Eligibility {
  const shown = withhold ? redactPersonal(verdict) : verdict;
  return {
    awardType: { code: verdict.awardType },
    year: verdict.year,
    recipientKind: verdict.recipientKind,
    eligible: verdict.eligible,
    rule: { id: awardRuleId(verdict.version.id, verdict.awardType, verdict.recipientKind) },
    conditions: shown.conditions.map(condition),
    evidenceWithheld: withhold,
  };
}
