import type { InitiativeFact, YearRatingFact, DisciplineFact, HeldAward } from './record';

/** What a condition rests on. Ratings and disciplines are personal: `redact` drops them for callers who may not read them. */
export interface Evidence {
  years: number[];
  awards: HeldAward[];
  initiatives: InitiativeFact[];
  ratings: YearRatingFact[];
  disciplines: DisciplineFact[];
  /** Shares: holders among members; quotas: holders against the cap. */
  count: number | null;
  of: number | null;
  rank: number | null;
  clusterId: string | null;
  note: string | null;
}

export interface ConditionResult {
  code: string;
  kind: string;
  met: boolean;
  vi: string;
  en: string;
  evidence: Evidence;
  /** ANY_OF and ALL_OF: the branches. */
  parts: ConditionResult[];
}

export interface Verdict {
  awardType: string;
  year: number;
  recipientKind: string;
  recipientId: string;
  eligible: boolean;
  /** The version applied: the one in force on the last day of the year judged. */
  version: { id: string; legalBasis: string; legalBasisVi: string; inForceFrom: string; inForceTo: string | null };
  conditions: ConditionResult[];
  /** The codes of the conditions not met (top level), for errors. */
  failed: string[];
}
