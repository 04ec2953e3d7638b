import type {
  DisciplineFact,
  DisciplineLevelName,
  InitiativeFact,
  InitiativeScopeName,
  MemberFact,
  RatingName,
  RecipientRecord,
  StandingFact,
  TargetFact,
} from '../../../services/core/rules';

/** Small builders of recipients' records for the rule tables: only what a case changes is written. */

export interface PersonShape {
  id?: string;
  gender?: 'MALE' | 'FEMALE' | null;
  /** Award code → the years held. */
  awards?: Record<string, number[]>;
  /** Year → rating. */
  ratings?: Record<number, RatingName>;
  initiatives?: InitiativeFact[];
  disciplines?: DisciplineFact[];
  /** Year → award code → the unit's holders. */
  unitCounts?: Record<number, Record<string, number>>;
}

export function person(shape: PersonShape = {}): RecipientRecord {
  return {
    kind: 'INDIVIDUAL',
    id: shape.id ?? 'ba-dinh-p0001',
    districtId: 'ba-dinh',
    gender: shape.gender ?? null,
    awards: Object.entries(shape.awards ?? {}).flatMap(([awardTypeCode, years]) => years.map((year) => ({ awardTypeCode, year }))),
    ratings: Object.entries(shape.ratings ?? {}).map(([year, rating]) => ({ year: Number(year), rating })),
    initiatives: shape.initiatives ?? [],
    disciplines: shape.disciplines ?? [],
    unitCounts: Object.entries(shape.unitCounts ?? {}).flatMap(([year, byAward]) =>
      Object.entries(byAward).map(([awardTypeCode, holders]) => ({ year: Number(year), awardTypeCode, holders })),
    ),
  };
}

let initiativeCount = 0;

export function initiative(year: number, scope: InitiativeScopeName, usedFor: string | null = null, usedForYear: number | null = null): InitiativeFact {
  initiativeCount += 1;
  return { id: `sk-${initiativeCount}`, title: `Sáng kiến ${initiativeCount}`, year, scope, usedFor, usedForYear };
}

export function discipline(from: string, to: string, level: DisciplineLevelName = 'REPRIMAND'): DisciplineFact {
  return { level, from, to };
}

/** Year → rating for every year of [from, to]. */
export function rated(from: number, to: number, rating: RatingName): Record<number, RatingName> {
  return Object.fromEntries(Array.from({ length: to - from + 1 }, (_, index) => [from + index, rating]));
}

export function years(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

export interface MembersShape {
  total: number;
  /** How many of them hold LDTT (the first ones). */
  ldtt?: number;
  /** How many hold CSTDCS (among the first ones). */
  cstdcs?: number;
  rating?: RatingName | null;
  /** Changes to single members, by index. */
  overrides?: Record<number, Partial<MemberFact>>;
}

export function members(shape: MembersShape): MemberFact[] {
  return Array.from({ length: shape.total }, (_, index): MemberFact => ({
    personId: `ba-dinh-p${String(index + 1).padStart(4, '0')}`,
    rating: shape.rating === undefined ? 'GOOD' : shape.rating,
    awards: [...(index < (shape.ldtt ?? 0) ? ['LDTT'] : []), ...(index < (shape.cstdcs ?? 0) ? ['CSTDCS'] : [])],
    disciplines: [],
    ...shape.overrides?.[index],
  }));
}

export function collective(year: number, rating: RatingName | null, memberFacts: MemberFact[]): RecipientRecord {
  return {
    kind: 'COLLECTIVE',
    id: 'ba-dinh-u001',
    districtId: 'ba-dinh',
    awards: [],
    ratings: rating === null ? [] : [{ year, rating }],
    initiatives: [],
    disciplines: [],
    members: memberFacts,
  };
}

export function district(shape: { standings?: StandingFact[]; targets?: TargetFact[]; awards?: Record<string, number[]> }): RecipientRecord {
  return {
    kind: 'DISTRICT',
    id: 'dong-da',
    districtId: 'dong-da',
    awards: Object.entries(shape.awards ?? {}).flatMap(([awardTypeCode, held]) => held.map((year) => ({ awardTypeCode, year }))),
    ratings: [],
    initiatives: [],
    disciplines: [],
    standings: shape.standings ?? [],
    targets: shape.targets ?? [],
  };
}

export function target(year: number, planned: number | null, actual: number | null, higherIsBetter = true, name = `target ${planned}/${actual}`): TargetFact {
  return { year, name, planned, actual, higherIsBetter };
}
