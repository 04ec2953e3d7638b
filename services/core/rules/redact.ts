import type { ConditionResult, Evidence, Verdict } from './verdict';

/** Conditions whose very outcome in numbers is a rating or a discipline: their years, counts and notes go too. */
const PERSONAL_KINDS = new Set(['RATING_RUN', 'RATING_COUNT', 'NO_DISCIPLINE', 'MEMBERS_RATED', 'NO_MEMBER_DISCIPLINED']);

export const WITHHELD_NOTE = 'Ratings and disciplines withheld: the caller may not read this personal data.';

function redactEvidence(kind: string, evidence: Evidence): Evidence {
  const personal = PERSONAL_KINDS.has(kind);
  if (!personal && evidence.ratings.length === 0 && evidence.disciplines.length === 0) return evidence;
  return {
    ...evidence,
    ratings: [],
    disciplines: [],
    years: personal ? [] : evidence.years,
    count: personal ? null : evidence.count,
    of: personal ? null : evidence.of,
    note: WITHHELD_NOTE,
  };
}

function redactCondition(condition: ConditionResult): ConditionResult {
  return { ...condition, evidence: redactEvidence(condition.kind, condition.evidence), parts: condition.parts.map(redactCondition) };
}

/**
 * The verdict for a caller who may not read the person's personal data: which conditions are met
 * stays visible, the ratings and disciplines behind them (and any count or note that would tell
 * them) do not.
 */
export function redactPersonal(verdict: Verdict): Verdict {
  return { ...verdict, conditions: verdict.conditions.map(redactCondition) };
}
