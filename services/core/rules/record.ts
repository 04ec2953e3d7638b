/**
 * A recipient's record as the rules read it: plain values, whichever level holds them. The district
 * subgraph fills what it owns (ratings, initiatives, discipline, its titles, members, targets); the
 * city's awards and the cluster's standings reach it through the graph (@requires), and the demo
 * generator fills the same shape from what it generates.
 */

export type RecipientKindName = 'INDIVIDUAL' | 'COLLECTIVE' | 'DISTRICT';

/** Best first: EXCELLENT is HTXSNV, GOOD HTTNV, COMPLETED HTNV, NOT_COMPLETED KHTNV. */
export type RatingName = 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED';
export const RATING_ORDER: RatingName[] = ['NOT_COMPLETED', 'COMPLETED', 'GOOD', 'EXCELLENT'];

/** Widest last: GRASSROOTS (cấp cơ sở), CITY (cấp thành phố), NATIONAL (toàn quốc). */
export type InitiativeScopeName = 'GRASSROOTS' | 'CITY' | 'NATIONAL';
export const SCOPE_ORDER: InitiativeScopeName[] = ['GRASSROOTS', 'CITY', 'NATIONAL'];

/** Mildest first: khiển trách, cảnh cáo, giáng chức, cách chức. */
export type DisciplineLevelName = 'REPRIMAND' | 'WARNING' | 'DEMOTION' | 'DISMISSAL';
export const DISCIPLINE_ORDER: DisciplineLevelName[] = ['REPRIMAND', 'WARNING', 'DEMOTION', 'DISMISSAL'];

/** A title or award held for a year: the district's (LDTT, CSTDCS, TTLDTT, GK) and the city's and nation's alike. */
export interface HeldAward {
  awardTypeCode: string;
  year: number;
}

export interface YearRatingFact {
  year: number;
  rating: RatingName;
}

export interface InitiativeFact {
  id: string;
  title: string;
  year: number;
  scope: InitiativeScopeName;
  /** The award code it was already used for; an initiative counts once (for one title or form). */
  usedFor: string | null;
  /** The year of the award it was used for, where known: that award may rest on it again when re-judged. */
  usedForYear: number | null;
}

export interface DisciplineFact {
  level: DisciplineLevelName;
  /** ISO dates, both in force. */
  from: string;
  to: string;
}

/** What a collective's rules read of each member for the year judged. */
export interface MemberFact {
  personId: string;
  rating: RatingName | null;
  /** Award codes the member holds that year. */
  awards: string[];
  disciplines: DisciplineFact[];
}

/** A district's place in its cluster's standings for a year (from the cluster subgraph). */
export interface StandingFact {
  year: number;
  clusterId: string;
  rank: number;
  /** How many members the cluster ranked that year. */
  members: number;
}

/** A district target of a year: planned and achieved (chỉ tiêu). */
export interface TargetFact {
  year: number;
  name: string;
  planned: number | null;
  actual: number | null;
  higherIsBetter: boolean;
}

/** How many of a unit's people hold a title in a year: quotas read it (Decree 91's 15% cap on CSTDCS). */
export interface UnitTitleCount {
  year: number;
  awardTypeCode: string;
  holders: number;
}

export interface RecipientRecord {
  kind: RecipientKindName;
  id: string;
  districtId: string;
  /** People only; women come first among equally qualified candidates. */
  gender?: 'MALE' | 'FEMALE' | null;
  /** Every year's titles and awards, all levels. */
  awards: HeldAward[];
  ratings: YearRatingFact[];
  /** People only. */
  initiatives: InitiativeFact[];
  /** People only. */
  disciplines: DisciplineFact[];
  /** Collectives only: the members for the year judged. */
  members?: MemberFact[];
  /** Districts only. */
  standings?: StandingFact[];
  /** Districts only. */
  targets?: TargetFact[];
  /** People only: the counts of their unit, for quotas. */
  unitCounts?: UnitTitleCount[];
}
