import { datasetPlan, plannedPeople, plannedUnits, type DatasetName, type PlannedDistrict } from '../datasets';
import { DemoRecords } from '../records';
import { SYNTHETIC } from '../seed-options';
import { PUBLISHED } from '../city/published';
import type { DistrictStanding } from '../cluster/seed';
import { RecipientKind } from '../../services/city/entities/award-type';
import type { DistrictKind } from '../../services/district/entities/district';
import { InitiativeScope } from '../../services/district/entities/initiative';
import { Gender, type Person } from '../../services/district/entities/person';
import { SuccessorKind, type Successor } from '../../services/district/entities/successor';
import type { Unit, UnitKind } from '../../services/district/entities/unit';
import { yearOf, type AwardRow, type GeneratedInitiative, type RatingRow, type TitleGrounds, type YearState } from './awards';
import { disciplinesOf, type DisciplineRow } from './disciplines';
import { PUBLISHED_AWARDS, publishedFor, publishedYears, SEED_003 } from './facts';
import { movementsOf, targetsOf, type MovementRow, type TargetRow } from './plans';
import type { Staff } from './staff';

// Where each data set's list of districts comes from: DOMAIN.md lists Hà Nội's 30 as they were
// until 2025-06-30; Cẩm Lệ is the subject of seed 003.
const DISTRICT_SOURCES: Record<DatasetName, string> = { hanoi: 'DOMAIN.md', camle: SEED_003 };

// Đỗ Trọng Nam's City Emulation Soldier title of 2023 (seed 001, the city's record) rests on the three
// CSTDCS years before it and a city-scope initiative of those years; the district's side of it is synthetic.
const CITY_TITLE_GROUNDS: Record<DatasetName, TitleGrounds[]> = {
  hanoi: [
    {
      personId: 'dong-da-do-trong-nam',
      cstdcsYears: [2020, 2021, 2022],
      initiative: { year: 2022, scope: InitiativeScope.CITY, usedFor: 'CSTD_TP', usedForYear: 2023 },
    },
  ],
  camle: [],
};

/** The district level's rows of a data set, ready to insert. */
export interface DistrictRows {
  districts: Array<{ id: string; name: string; kind: DistrictKind; validFrom: string; validTo: string | null; source: string }>;
  successors: Array<Omit<Successor, 'id' | 'district'>>;
  units: Array<Omit<Unit, 'district'>>;
  people: Array<Omit<Person, 'district' | 'unit'>>;
  movements: MovementRow[];
  targets: TargetRow[];
  ratings: RatingRow[];
  initiatives: GeneratedInitiative[];
  disciplines: DisciplineRow[];
  awards: AwardRow[];
}

/** What the district level generated, and what the city's generator reads of it. */
export interface DistrictGeneration {
  rows: DistrictRows;
  /** Every recipient's record as it stands after the district's years; the city's awards are added to it. */
  records: DemoRecords;
  staff: Map<string, Staff>;
  /** Who held LDTT and CSTDCS, by district and year. */
  titles: Map<string, Map<number, YearState>>;
}

/** How many units of the district the city's published facts of a year honour as TTLDXS: that many must be fit for it. */
function publishedTtldxs(dataset: DatasetName, districtId: string, year: number): number {
  const facts = PUBLISHED[dataset].cityAwards.find((entry) => entry.districtId === districtId && entry.year === year);
  return (facts?.counted ?? [])
    .filter((counted) => counted.awardTypeCode === 'TTLDXS' && counted.recipientKind === RecipientKind.COLLECTIVE)
    .reduce((sum, counted) => sum + counted.count, 0);
}

/**
 * The district level's part of a data set: districts and their successors, the units and people of
 * the plan, and for every district's year the movements, targets, ratings, initiatives, disciplines
 * and district-conferred titles, each title judged by the rule in force for its year on the record
 * as it stands, oldest year first; published facts replace what would be generated.
 */
export function generateDistricts(dataset: DatasetName, scale: number, standings: DistrictStanding[]): DistrictGeneration {
  const plan = datasetPlan(dataset);
  const records = new DemoRecords();
  const rows: DistrictRows = {
    districts: plan.districts.map(({ id, name, kind, validFrom, validTo }) => ({ id, name, kind: kind as DistrictKind, validFrom, validTo, source: DISTRICT_SOURCES[dataset] })),
    // Not in the seeds: each district gets one namesake successor (the real mergers split and join districts).
    successors: plan.districts.map(({ id, name, kind }) => ({
      districtId: id,
      name: `${kind === 'RURAL_DISTRICT' ? 'Xã' : 'Phường'} ${name}`,
      kind: kind === 'RURAL_DISTRICT' ? SuccessorKind.COMMUNE : SuccessorKind.WARD,
      source: SYNTHETIC,
    })),
    units: [],
    people: [],
    movements: [],
    targets: [],
    ratings: [],
    initiatives: [],
    disciplines: [],
    awards: [],
  };
  const generation: DistrictGeneration = { rows, records, staff: new Map(), titles: new Map() };
  for (const district of plan.districts) generateDistrict(dataset, scale, district, standings, generation);
  return generation;
}

function generateDistrict(dataset: DatasetName, scale: number, district: PlannedDistrict, standings: DistrictStanding[], generation: DistrictGeneration): void {
  const plan = datasetPlan(dataset);
  const { rows, records } = generation;
  const ownUnits = plannedUnits(dataset, district, scale);
  const named = plan.namedPeople.filter((person) => person.districtId === district.id);
  const ownPeople = [...plannedPeople(dataset, district, scale).map((person) => ({ ...person, source: SYNTHETIC })), ...named.map((person) => ({ ...person }))];
  rows.units.push(...ownUnits.map(({ id, districtId, name, kind, memberCount }) => ({ id, districtId, name, kind: kind as UnitKind, memberCount, source: SYNTHETIC })));
  rows.people.push(
    ...ownPeople.map(({ id, districtId, unitId, fullName, position, birthYear, gender, source }) => ({
      id,
      districtId,
      unitId,
      fullName,
      position,
      birthYear,
      gender: gender as Gender,
      source,
    })),
  );

  const own = standings.filter((standing) => standing.districtId === district.id);
  records.addDistrict(
    district.id,
    own.map(({ year, clusterId, rank, members }) => ({ year, clusterId, rank, members })),
  );
  const peopleOfUnit = new Map<string, string[]>(ownUnits.map((unit) => [unit.id, []]));
  for (const person of ownPeople) peopleOfUnit.get(person.unitId)!.push(person.id);
  for (const unit of ownUnits) records.addUnit(unit.id, district.id, peopleOfUnit.get(unit.id)!);
  for (const person of ownPeople) records.addPerson(person.id, district.id, person.unitId, person.gender);
  const staff: Staff = {
    dataset,
    district,
    unitIds: ownUnits.map((unit) => unit.id),
    peopleOfUnit,
    unitOf: new Map(ownPeople.map((person) => [person.id, person.unitId])),
    personIds: ownPeople.map((person) => person.id),
    named: new Set(named.map((person) => person.id)),
  };
  generation.staff.set(district.id, staff);
  const discipline = disciplinesOf(staff, plan.syntheticYears);
  rows.disciplines.push(...discipline.rows);
  for (const row of discipline.rows) records.discipline(row.personId, { level: row.level, from: row.from, to: row.to });
  const grounds = CITY_TITLE_GROUNDS[dataset].filter((entry) => staff.named.has(entry.personId));

  const titles = new Map<number, YearState>();
  generation.titles.set(district.id, titles);
  const years = [...new Set([...plan.syntheticYears, ...publishedYears(dataset, district.id)])].sort((a, b) => a - b);
  let previous: YearState | undefined;
  for (const year of years) {
    const synthetic = plan.syntheticYears.includes(year);
    const leads = own.some((standing) => standing.year === year && standing.rank === 1);
    rows.movements.push(...movementsOf(plan, district, year, synthetic));
    const targets = targetsOf(plan, district, year, synthetic, leads);
    rows.targets.push(...targets);
    for (const { name, planned, actual, higherIsBetter } of targets) records.target(district.id, { year, name, planned, actual, higherIsBetter });
    const published = publishedFor(PUBLISHED_AWARDS, dataset, district.id, year);
    if (!synthetic && !published) continue;
    const made = yearOf(staff, records, year, {
      published,
      blocked: discipline.blocked.get(year),
      grounds,
      previous,
      excellentUnits: publishedTtldxs(dataset, district.id, year),
    });
    rows.ratings.push(...made.ratings);
    rows.initiatives.push(...made.initiatives);
    rows.awards.push(...made.awards);
    titles.set(year, made.state);
    previous = made.state;
  }
}
