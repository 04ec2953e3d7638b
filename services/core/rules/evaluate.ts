import { evidence } from './evidence';
import { clusterRank, targetsExceeded } from './evaluate-district';
import { noDiscipline } from './evaluate-discipline';
import { holdsBefore, ratingCount, ratingRun, titleCount, titleRun } from './evaluate-history';
import { initiatives } from './evaluate-initiative';
import { memberHolds, memberShare, membersRated, noMemberDisciplined } from './evaluate-members';
import { quota } from './evaluate-quota';
import type { Judging } from './judging';
import type { Outcome } from './outcome';
import type { ConditionResult } from './verdict';
import type { Condition } from './vocabulary';

function outcome(judged: Judging, condition: Condition, parts: ConditionResult[]): Outcome {
  switch (condition.kind) {
    case 'TITLE_RUN':
      return titleRun(judged, condition);
    case 'TITLE_COUNT':
      return titleCount(judged, condition);
    case 'RATING_RUN':
      return ratingRun(judged, condition);
    case 'RATING_COUNT':
      return ratingCount(judged, condition);
    case 'INITIATIVE':
      return initiatives(judged, condition);
    case 'NO_DISCIPLINE':
      return noDiscipline(judged);
    case 'HOLDS_BEFORE':
      return holdsBefore(judged, condition);
    case 'MEMBER_SHARE':
      return memberShare(judged, condition);
    case 'MEMBERS_RATED':
      return membersRated(judged, condition);
    case 'MEMBER_HOLDS':
      return memberHolds(judged, condition);
    case 'NO_MEMBER_DISCIPLINED':
      return noMemberDisciplined(judged, condition);
    case 'CLUSTER_RANK':
      return clusterRank(judged, condition);
    case 'TARGETS_EXCEEDED':
      return targetsExceeded(judged);
    case 'QUOTA':
      return quota(judged, condition);
    case 'NOT_RECORDED':
      return { met: false, evidence: () => evidence({ note: 'not in the record: confer it ad hoc (adHocReason) with the reason' }) };
    case 'ANY_OF':
      return { met: parts.some((part) => part.met), evidence };
    case 'ALL_OF':
      return { met: parts.every((part) => part.met), evidence };
  }
}

/** One condition against one record, with what it rests on; ANY_OF and ALL_OF judge every branch, so the evidence shows all of them. */
export function evaluate(judged: Judging, condition: Condition): ConditionResult {
  const parts = condition.kind === 'ANY_OF' || condition.kind === 'ALL_OF' ? condition.of.map((part) => evaluate(judged, part)) : [];
  const { met, evidence: found } = outcome(judged, condition, parts);
  return { code: condition.code, kind: condition.kind, met, vi: condition.vi, en: condition.en, evidence: found(), parts };
}

/**
 * Whether a condition is met, as `evaluate` finds it, without its evidence and stopping at the first
 * branch that settles a choice: a whole district's first pass, before its page is judged in full.
 */
export function isMet(judged: Judging, condition: Condition): boolean {
  switch (condition.kind) {
    case 'ANY_OF':
      return condition.of.some((part) => isMet(judged, part));
    case 'ALL_OF':
      return condition.of.every((part) => isMet(judged, part));
    default:
      return outcome(judged, condition, []).met;
  }
}
