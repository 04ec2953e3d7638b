import type {
  DisciplineFact,
  DisciplineLevelName,
  HeldAward,
  InitiativeFact,
  InitiativeScopeName,
  MemberFact,
  RatingName,
  RecipientRecord,
  StandingFact,
  TargetFact,
  UnitTitleCount,
  YearRatingFact,
} from '../../core/rules/record';

/**
 * Recipients' records (services/core/rules/record.ts) built from the district's rows and the other
 * levels' facts. Pure: the same builders serve the request loaders, the writes (rows read in the
 * write's transaction) and the demo data's tests (rows read from a seeded database). The row types
 * are the entities' columns the rules read, so entities fit them as they are.
 */

export interface PersonRow {
  id: string;
  districtId: string;
  unitId: string;
  gender: string;
}
export interface UnitRow {
  id: string;
  districtId: string;
}
export interface RatingRow {
  personId: string | null;
  unitId: string | null;
  year: number;
  rating: string;
}
export interface InitiativeRow {
  id: number | string;
  personId: string;
  year: number;
  title: string;
  scope: string;
  usedForAwardCode: string | null;
}
export interface DisciplineRow {
  personId: string;
  level: string;
  from: string;
  to: string;
}
export interface LocalAwardRow {
  personId: string | null;
  unitId: string | null;
  year: number;
  awardTypeCode: string;
}
export interface TargetRow {
  districtId: string;
  year: number;
  name: string;
  planned: number | null;
  actual: number | null;
  higherIsBetter: boolean;
}
/** How many people of a unit hold a district title in a year (quotas read it). */
export interface UnitTitleCountRow extends UnitTitleCount {
  unitId: string;
}

/**
 * The district's rows a set of records rests on. A unit's members are the people of `people` whose
 * unit it is, so a unit's record needs its people's rows too.
 */
export interface DistrictRows {
  people: PersonRow[];
  units: UnitRow[];
  ratings: RatingRow[];
  initiatives: InitiativeRow[];
  disciplines: DisciplineRow[];
  localAwards: LocalAwardRow[];
  targets: TargetRow[];
  unitTitleCounts: UnitTitleCountRow[];
}

/** A city or national award, as the city subgraph sends it (AwardFact). */
export interface CityAwardFact {
  recipientKind: string;
  recipientId: string;
  awardTypeCode: string;
  year: number;
}

/** What the other levels contribute: the city's awards and the cluster's standings. */
export interface OtherLevelFacts {
  cityAwardFacts: CityAwardFact[];
  standingFacts: StandingFact[];
}

export const NO_OTHER_LEVEL_FACTS: OtherLevelFacts = { cityAwardFacts: [], standingFacts: [] };

/** The counts quotas read, from every person of the units and their district titles (whole-district rows). */
export function countUnitTitles(people: PersonRow[], localAwards: LocalAwardRow[]): UnitTitleCountRow[] {
  const unitOf = new Map(people.map((person) => [person.id, person.unitId]));
  const counts = new Map<string, UnitTitleCountRow>();
  for (const award of localAwards) {
    const unitId = award.personId ? unitOf.get(award.personId) : undefined;
    if (!unitId) continue;
    const key = `${unitId}|${award.year}|${award.awardTypeCode}`;
    const count = counts.get(key) ?? { unitId, year: award.year, awardTypeCode: award.awardTypeCode, holders: 0 };
    count.holders += 1;
    counts.set(key, count);
  }
  return [...counts.values()];
}

function groupBy<T>(items: T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const byYearThenCode = (a: HeldAward, b: HeldAward) => a.year - b.year || (a.awardTypeCode < b.awardTypeCode ? -1 : a.awardTypeCode > b.awardTypeCode ? 1 : 0);
const ratingFact = ({ year, rating }: RatingRow): YearRatingFact => ({ year, rating: rating as RatingName });
const disciplineFact = ({ level, from, to }: DisciplineRow): DisciplineFact => ({ level: level as DisciplineLevelName, from, to });

/**
 * The year of the award an initiative was used for. The district records only the award's code: the
 * award is read as the holder's first award of that code in or after the initiative's year (a title
 * rests on the initiatives of its own period), null when the holder has none.
 */
function usedForYear(initiative: InitiativeRow, awards: HeldAward[]): number | null {
  if (!initiative.usedForAwardCode) return null;
  const award = awards.find((held) => held.awardTypeCode === initiative.usedForAwardCode && held.year >= initiative.year);
  return award ? award.year : null;
}

/**
 * The records of the people, units and districts of a set of rows. Indexes the rows once; each
 * record is built on demand.
 */
export class RecordBook {
  private readonly people: Map<string, PersonRow>;
  private readonly units: Map<string, UnitRow>;
  private readonly membersOf: Map<string, PersonRow[]>;
  private readonly ratingsOfPerson: Map<string, RatingRow[]>;
  private readonly ratingsOfUnit: Map<string, RatingRow[]>;
  private readonly awardsOfPerson: Map<string, LocalAwardRow[]>;
  private readonly awardsOfUnit: Map<string, LocalAwardRow[]>;
  private readonly initiativesOf: Map<string, InitiativeRow[]>;
  private readonly disciplinesOf: Map<string, DisciplineRow[]>;
  private readonly targetsOf: Map<string, TargetRow[]>;
  private readonly countsOf: Map<string, UnitTitleCountRow[]>;
  private readonly cityAwardsOf: Map<string, CityAwardFact[]>;

  constructor(
    rows: DistrictRows,
    private readonly facts: OtherLevelFacts = NO_OTHER_LEVEL_FACTS,
  ) {
    this.people = new Map(rows.people.map((person) => [person.id, person]));
    this.units = new Map(rows.units.map((unit) => [unit.id, unit]));
    this.membersOf = groupBy(rows.people, (person) => person.unitId);
    this.ratingsOfPerson = groupBy(rows.ratings, (rating) => rating.personId);
    this.ratingsOfUnit = groupBy(rows.ratings, (rating) => rating.unitId);
    this.awardsOfPerson = groupBy(rows.localAwards, (award) => award.personId);
    this.awardsOfUnit = groupBy(rows.localAwards, (award) => award.unitId);
    this.initiativesOf = groupBy(rows.initiatives, (initiative) => initiative.personId);
    this.disciplinesOf = groupBy(rows.disciplines, (discipline) => discipline.personId);
    this.targetsOf = groupBy(rows.targets, (target) => target.districtId);
    this.countsOf = groupBy(rows.unitTitleCounts, (count) => count.unitId);
    this.cityAwardsOf = groupBy(facts.cityAwardFacts, (fact) => `${fact.recipientKind}|${fact.recipientId}`);
  }

  /** Every title and award of a recipient: the district's and the city's and nation's, by year. */
  private heldBy(kind: string, id: string, local: LocalAwardRow[]): HeldAward[] {
    const held: HeldAward[] = [];
    for (const { awardTypeCode, year } of local) held.push({ awardTypeCode, year });
    for (const { awardTypeCode, year } of this.cityAwardsOf.get(`${kind}|${id}`) ?? []) held.push({ awardTypeCode, year });
    return held.sort(byYearThenCode);
  }

  /** The codes of the titles and awards a recipient holds in one year, in the order of `heldBy` (by code). */
  private codesHeldIn(kind: string, id: string, local: LocalAwardRow[], year: number): string[] {
    const city = this.cityAwardsOf.get(`${kind}|${id}`) ?? [];
    const codes: string[] = [];
    for (const award of local) if (award.year === year) codes.push(award.awardTypeCode);
    for (const award of city) if (award.year === year) codes.push(award.awardTypeCode);
    return codes.sort();
  }

  /** A person's record; null when the rows hold no such person. */
  person(personId: string): RecipientRecord | null {
    const person = this.people.get(personId);
    if (!person) return null;
    const awards = this.heldBy('INDIVIDUAL', person.id, this.awardsOfPerson.get(person.id) ?? []);
    const initiatives: InitiativeFact[] = (this.initiativesOf.get(person.id) ?? []).map((initiative) => ({
      id: String(initiative.id),
      title: initiative.title,
      year: initiative.year,
      scope: initiative.scope as InitiativeScopeName,
      usedFor: initiative.usedForAwardCode,
      usedForYear: usedForYear(initiative, awards),
    }));
    return {
      kind: 'INDIVIDUAL',
      id: person.id,
      districtId: person.districtId,
      gender: person.gender === 'FEMALE' || person.gender === 'MALE' ? person.gender : null,
      awards,
      ratings: (this.ratingsOfPerson.get(person.id) ?? []).map(ratingFact),
      initiatives,
      disciplines: (this.disciplinesOf.get(person.id) ?? []).map(disciplineFact),
      unitCounts: (this.countsOf.get(person.unitId) ?? []).map(({ year, awardTypeCode, holders }) => ({ year, awardTypeCode, holders })),
    };
  }

  /** A unit's record for the year judged (its members as they stand in that year); null when the rows hold no such unit. */
  unit(unitId: string, year: number): RecipientRecord | null {
    const unit = this.units.get(unitId);
    if (!unit) return null;
    const members: MemberFact[] = (this.membersOf.get(unit.id) ?? []).map((person) => {
      const rating = (this.ratingsOfPerson.get(person.id) ?? []).find((row) => row.year === year);
      return {
        personId: person.id,
        rating: rating ? (rating.rating as RatingName) : null,
        awards: this.codesHeldIn('INDIVIDUAL', person.id, this.awardsOfPerson.get(person.id) ?? [], year),
        disciplines: (this.disciplinesOf.get(person.id) ?? []).map(disciplineFact),
      };
    });
    return {
      kind: 'COLLECTIVE',
      id: unit.id,
      districtId: unit.districtId,
      awards: this.heldBy('COLLECTIVE', unit.id, this.awardsOfUnit.get(unit.id) ?? []),
      ratings: (this.ratingsOfUnit.get(unit.id) ?? []).map(ratingFact),
      initiatives: [],
      disciplines: [],
      members,
    };
  }

  /** A district's record: the city's awards to it, its standings in its cluster, its targets. */
  district(districtId: string): RecipientRecord {
    const targets: TargetFact[] = (this.targetsOf.get(districtId) ?? []).map(({ year, name, planned, actual, higherIsBetter }) => ({
      year,
      name,
      planned,
      actual,
      higherIsBetter: Boolean(higherIsBetter),
    }));
    return {
      kind: 'DISTRICT',
      id: districtId,
      districtId,
      awards: this.heldBy('DISTRICT', districtId, []),
      ratings: [],
      initiatives: [],
      disciplines: [],
      standings: this.facts.standingFacts.map(({ year, clusterId, rank, members }) => ({ year, clusterId, rank, members })),
      targets,
    };
  }
}
