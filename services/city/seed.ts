import type { EntityManager } from 'typeorm';
import { datasetPlan } from '../core/datasets';
import { insertInBatches, type SeedOptions } from '../core/seed';
import { seedKnownEntities } from '../core/references';
import { Award } from './entities/award';
import { AwardDecision } from './entities/award-decision';
import { AwardType } from './entities/award-type';
import { ParIndex } from './entities/par-index';
import { recipientKey } from './decision-rules';
import { AwardGenerator } from './seed/award-generator';
import { catalogueRows } from './seed/catalogue';
import { decisionRows } from './seed/decisions';
import { parIndexRows } from './seed/par-index';
import { PUBLISHED } from './seed/published';

/**
 * The city level's part of a data set: the catalogue; the PAR index of every district and year; and
 * city and national awards with their decisions. Published facts replace what the generator would
 * make for their slot (Đống Đa's 2023 city awards, the 2023 PAR results, Đống Đa's 2022 rank).
 */
export async function seedCity(manager: EntityManager, options: SeedOptions): Promise<void> {
  const plan = datasetPlan(options.dataset);
  const published = PUBLISHED[options.dataset];
  await insertInBatches(manager, AwardType, catalogueRows(), options.progress);
  const generator = new AwardGenerator(plan, options, published);
  generator.generate();
  const { rows: decisions, idOf } = decisionRows(plan, options.dataset, generator.referencedDecisions());
  await insertInBatches(manager, AwardDecision, decisions, options.progress);
  await insertInBatches(
    manager,
    Award,
    generator.awards.map(({ decisionKey, ...award }) => ({ ...award, recipientKey: recipientKey(award), decisionId: decisionKey === null ? null : idOf.get(decisionKey)! })),
    options.progress,
  );
  await insertInBatches(manager, ParIndex, parIndexRows(plan, published), options.progress);
  // The districts, units and people the city level may name, from the same data set the district level holds.
  await seedKnownEntities(manager, options, ['District', 'Unit', 'Person']);
}
