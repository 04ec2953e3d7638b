import type { EntityManager } from 'typeorm';
import { datasetPlan, plannedPeople, plannedUnits, type DatasetName } from '../core/datasets';
import { insertInBatches, SYNTHETIC, type SeedOptions } from '../core/seed';
import { Discipline } from './entities/discipline';
import { District, type DistrictKind } from './entities/district';
import { Gender, Person } from './entities/person';
import { Initiative, InitiativeScope } from './entities/initiative';
import { LocalAward } from './entities/local-award';
import { Movement } from './entities/movement';
import { Successor, SuccessorKind } from './entities/successor';
import { Target } from './entities/target';
import { Unit, type UnitKind } from './entities/unit';
import { YearRating } from './entities/year-rating';
import { disciplinesOf, yearOf, type AwardRow, type TitleGrounds, type InitiativeRow, type RatingRow, type Staff } from './seed-awards';
import { PUBLISHED_AWARDS, publishedFor, publishedYears, SEED_003 } from './seed-facts';
import { movementsOf, targetsOf, type MovementRow, type TargetRow } from './seed-plans';

// Where each data set's list of districts comes from: DOMAIN.md lists Hà Nội's 30 as they were
// until 2025-06-30; Cẩm Lệ is the subject of seed 003.
const DISTRICT_SOURCES: Record<DatasetName, string> = { hanoi: 'DOMAIN.md', camle: SEED_003 };

// Đỗ Trọng Nam's City Emulation Soldier title of 2023 (seed 001, the city's record) needs three
// consecutive CSTDCS years and a city-scope initiative; the district's side of it is synthetic.
const CITY_TITLE_GROUNDS: Record<DatasetName, TitleGrounds[]> = {
  hanoi: [{ personId: 'dong-da-do-trong-nam', cstdcsYears: [2021, 2022, 2023], initiative: { year: 2023, scope: InitiativeScope.CITY, usedFor: 'CSTD_TP' } }],
  camle: [],
};

/**
 * The district level's part of a data set: districts and their successors, the units and people of
 * core's plan, and for every district's year the movements, targets, ratings, initiatives,
 * disciplines and district-conferred titles; published facts replace what would be generated.
 */
export async function seedDistricts(manager: EntityManager, { dataset, scale, progress }: SeedOptions): Promise<void> {
  const plan = datasetPlan(dataset);
  const districts = plan.districts.map(({ id, name, kind, validFrom, validTo }) => ({
    id,
    name,
    kind: kind as DistrictKind,
    validFrom,
    validTo,
    source: DISTRICT_SOURCES[dataset],
  }));
  // Not in the seeds: each district gets one namesake successor (the real mergers split and join districts).
  const successors = plan.districts.map(({ id, name, kind }) => ({
    districtId: id,
    name: `${kind === 'RURAL_DISTRICT' ? 'Xã' : 'Phường'} ${name}`,
    kind: kind === 'RURAL_DISTRICT' ? SuccessorKind.COMMUNE : SuccessorKind.WARD,
    source: SYNTHETIC,
  }));
  const units: Array<Omit<Unit, 'district'>> = [];
  const people: Array<Omit<Person, 'district' | 'unit'>> = [];
  const movements: MovementRow[] = [];
  const targets: TargetRow[] = [];
  const ratings: RatingRow[] = [];
  const initiatives: InitiativeRow[] = [];
  const disciplines: Array<Omit<Discipline, 'id' | 'district' | 'person'>> = [];
  const awards: AwardRow[] = [];

  for (const district of plan.districts) {
    const ownUnits = plannedUnits(dataset, district, scale);
    const named = plan.namedPeople.filter((person) => person.districtId === district.id);
    const ownPeople = [
      ...plannedPeople(dataset, district, scale).map((person) => ({ ...person, source: SYNTHETIC })),
      ...named.map((person) => ({ ...person })),
    ];
    units.push(...ownUnits.map(({ id, districtId, name, kind, memberCount }) => ({ id, districtId, name, kind: kind as UnitKind, memberCount, source: SYNTHETIC })));
    people.push(
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

    const peopleOfUnit = new Map<string, string[]>(ownUnits.map((unit) => [unit.id, []]));
    for (const person of ownPeople) peopleOfUnit.get(person.unitId)!.push(person.id);
    const staff: Staff = {
      dataset,
      district,
      unitIds: ownUnits.map((unit) => unit.id),
      peopleOfUnit,
      personIds: ownPeople.map((person) => person.id),
      named: new Set(named.map((person) => person.id)),
    };
    const discipline = disciplinesOf(staff, plan.syntheticYears);
    disciplines.push(...discipline.rows);
    const grounds = CITY_TITLE_GROUNDS[dataset].filter((entry) => staff.named.has(entry.personId));

    const years = [...new Set([...plan.syntheticYears, ...publishedYears(dataset, district.id)])].sort();
    for (const year of years) {
      const synthetic = plan.syntheticYears.includes(year);
      movements.push(...movementsOf(plan, district, year, synthetic));
      targets.push(...targetsOf(plan, district, year, synthetic));
      const published = publishedFor(PUBLISHED_AWARDS, dataset, district.id, year);
      if (!synthetic && !published) continue;
      const rows = yearOf(staff, year, published, discipline.blocked.get(year), grounds);
      ratings.push(...rows.ratings);
      initiatives.push(...rows.initiatives);
      awards.push(...rows.awards);
    }
  }

  await insertInBatches(manager, District, districts, progress);
  await insertInBatches(manager, Successor, successors, progress);
  await insertInBatches(manager, Unit, units, progress);
  await insertInBatches(manager, Person, people, progress);
  await insertInBatches(manager, Movement, movements, progress);
  await insertInBatches(manager, Target, targets, progress);
  await insertInBatches(manager, YearRating, ratings, progress);
  await insertInBatches(manager, Initiative, initiatives, progress);
  await insertInBatches(manager, Discipline, disciplines, progress);
  await insertInBatches(manager, LocalAward, awards, progress);
}
