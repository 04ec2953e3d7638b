import type { EntityManager } from 'typeorm';
import { demoGeneration } from '../generation';
import { insertInBatches } from '../insert-in-batches';
import type { SeedOptions } from '../seed-options';
import { Discipline } from '../../services/district/entities/discipline';
import { District } from '../../services/district/entities/district';
import { Initiative } from '../../services/district/entities/initiative';
import { LocalAward } from '../../services/district/entities/local-award';
import { Movement } from '../../services/district/entities/movement';
import { Person } from '../../services/district/entities/person';
import { Successor } from '../../services/district/entities/successor';
import { Target } from '../../services/district/entities/target';
import { Unit } from '../../services/district/entities/unit';
import { YearRating } from '../../services/district/entities/year-rating';
import { PersonNameWord } from '../../services/district/entities/person-name-word';
import { UnitNameWord } from '../../services/district/entities/unit-name-word';
import { personNameWords, unitNameWords } from '../../services/district/name-words';

/**
 * The district level's part of a data set (demo/district/generation.ts), with the initiatives the
 * city's titles of the same generation used marked as used.
 */
export async function seedDistricts(manager: EntityManager, { dataset, scale, progress }: SeedOptions): Promise<void> {
  const { rows } = demoGeneration(dataset, scale).district;
  await insertInBatches(manager, District, rows.districts, progress);
  await insertInBatches(manager, Successor, rows.successors, progress);
  await insertInBatches(manager, Unit, rows.units, progress);
  await insertInBatches(manager, Person, rows.people, progress);
  // Name search's index, as the writes keep it.
  await insertInBatches(manager, UnitNameWord, rows.units.flatMap(unitNameWords), progress);
  await insertInBatches(manager, PersonNameWord, rows.people.flatMap(personNameWords), progress);
  await insertInBatches(manager, Movement, rows.movements, progress);
  await insertInBatches(manager, Target, rows.targets, progress);
  await insertInBatches(manager, YearRating, rows.ratings, progress);
  await insertInBatches(
    manager,
    Initiative,
    rows.initiatives.map(({ row }) => row),
    progress,
  );
  await insertInBatches(manager, Discipline, rows.disciplines, progress);
  await insertInBatches(manager, LocalAward, rows.awards, progress);
}
