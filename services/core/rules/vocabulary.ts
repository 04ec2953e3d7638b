import type { DisciplineLevelName, InitiativeScopeName, RatingName, RecipientKindName } from './record';

/**
 * The small vocabulary every rule is written in. A condition is data: a kind, its parameters, a
 * stable code and its text in Vietnamese and English. "The period" of a condition is the `years`
 * years ending with the rule's last year (`periodEnds`: the year judged, or the year before it).
 */
interface Described {
  /** Stable within a rule, e.g. CSTDCS_3_YEARS. */
  code: string;
  vi: string;
  en: string;
}

export type Condition = Described &
  (
    | { kind: 'TITLE_RUN'; award: string; years: number }
    | { kind: 'TITLE_COUNT'; award: string; count: number; years: number }
    | { kind: 'RATING_RUN'; atLeast: RatingName; years: number }
    | { kind: 'RATING_COUNT'; atLeast: RatingName; count: number; years: number }
    | { kind: 'INITIATIVE'; atLeast: InitiativeScopeName; count: number; years: number }
    | { kind: 'NO_DISCIPLINE' }
    | { kind: 'HOLDS_BEFORE'; award: string; years: number }
    | { kind: 'MEMBER_SHARE'; award: string; share: number; strict: boolean }
    | { kind: 'MEMBERS_RATED'; atLeast: RatingName }
    | { kind: 'MEMBER_HOLDS'; award: string; count: number }
    | { kind: 'NO_MEMBER_DISCIPLINED'; atLeast: DisciplineLevelName }
    | { kind: 'CLUSTER_RANK'; atMost: number }
    | { kind: 'TARGETS_EXCEEDED' }
    | { kind: 'QUOTA'; award: string; of: string; share: number }
    | { kind: 'NOT_RECORDED' }
    | { kind: 'ANY_OF'; of: Condition[] }
    | { kind: 'ALL_OF'; of: Condition[] }
  );

export type ConditionKind = Condition['kind'];

/** One award type's rule for the recipient kinds it names, under one legal basis. */
export interface AwardRule {
  awardType: string;
  recipientKinds: RecipientKindName[];
  conditions: Condition[];
  /**
   * The last year of every period the conditions look back over: the year judged (the default), or
   * the year before it for titles that honour a record completed before their year (CSTD_TP rests
   * on the three CSTDCS years before it), so that "who is eligible next year" has an answer.
   */
  periodEnds?: 'YEAR_JUDGED' | 'YEAR_BEFORE';
  /** How a reading of DOMAIN.md's "(?)" was settled, and anything else a reader must know. */
  notes?: string;
}

/** A legal basis and the rules it sets; never edited once published: a new basis is a new version. */
export interface RuleVersion {
  /** e.g. LAW_06_2022. */
  id: string;
  legalBasis: string;
  legalBasisVi: string;
  /** ISO dates; inForceTo null while in force. */
  inForceFrom: string;
  inForceTo: string | null;
  rules: AwardRule[];
}
