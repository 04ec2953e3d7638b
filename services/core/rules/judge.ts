import { evaluate, isMet } from './evaluate';
import { judging } from './judging';
import type { RecipientRecord } from './record';
import { ruleFor } from './select';
import type { Verdict } from './verdict';
import type { RuleVersion } from './vocabulary';

/** How a verdict names the version it was judged under. */
export function appliedVersion({ id, legalBasis, legalBasisVi, inForceFrom, inForceTo }: RuleVersion): Verdict['version'] {
  return { id, legalBasis, legalBasisVi, inForceFrom, inForceTo };
}

/** A recipient's record against the rule in force for the year: pure, the same for reads, writes, the demo generator and tests. */
export function judge(record: RecipientRecord, awardType: string, year: number): Verdict {
  const { version, rule } = ruleFor(awardType, year, record.kind);
  const judged = judging(record, awardType, year, rule.periodEnds);
  const conditions = rule.conditions.map((condition) => evaluate(judged, condition));
  const failed = conditions.filter((condition) => !condition.met).map((condition) => condition.code);
  return {
    awardType,
    year,
    recipientKind: record.kind,
    recipientId: record.id,
    eligible: failed.length === 0,
    version: appliedVersion(version),
    conditions,
    failed,
  };
}

/**
 * `judge(record, awardType, year).eligible`, without the evidence and stopping at the first condition
 * not met: a candidate list asks it of a whole district, then judges only its page in full.
 */
export function isEligible(record: RecipientRecord, awardType: string, year: number): boolean {
  const { rule } = ruleFor(awardType, year, record.kind);
  const judged = judging(record, awardType, year, rule.periodEnds);
  return rule.conditions.every((condition) => isMet(judged, condition));
}
