import type { EntityManager } from 'typeorm';
import { datasetPlan } from '../datasets';
import { insertInBatches } from '../insert-in-batches';
import type { SeedOptions } from '../seed-options';
import { seedKnownEntities } from '../known-entities';
import { Award } from '../../services/city/entities/award';
import { AwardDecision } from '../../services/city/entities/award-decision';
import { ParIndex } from '../../services/city/entities/par-index';
import { Proposal } from '../../services/city/entities/proposal';
import { ProposalDocument } from '../../services/city/entities/proposal-document';
import { ProposalTransition } from '../../services/city/entities/proposal-transition';
import { recipientKey } from '../../services/city/decision-rules';
import { demoGeneration } from '../generation';
import { decisionRows } from './decisions';
import { parIndexRows } from './par-index';
import { proposalRows } from './proposal-rows';
import { PUBLISHED } from './published';

/**
 * The city level's part of a data set: the PAR index of every district and year, and city and
 * national awards with their decisions (demo/city/award-generator.ts), each judged by the rule in
 * force for its year; the catalogue they name is reference data, loaded by a migration. Published
 * facts replace what the generator would make for their slot (Đống Đa's 2023 city awards, cluster
 * III's 2017 orders, the 2023 PAR results, Đống Đa's 2022 rank). Every synthetic award answers a
 * dossier (proposal) that went through PROPOSAL_FLOW; the last year's open dossiers await the board.
 */
export async function seedCity(manager: EntityManager, options: SeedOptions): Promise<void> {
  const plan = datasetPlan(options.dataset);
  const published = PUBLISHED[options.dataset];
  const generated = demoGeneration(options.dataset, options.scale).city;
  const { rows: decisions, idOf } = decisionRows(plan, options.dataset, generated.decisions);
  const decisionByKey = new Map([...idOf].map(([key, id]) => [key, decisions[id - 1]]));
  // Awards and dossiers name each other: both take their ids here, in the order they are generated and created.
  const awardIdOf = new Map(generated.awards.map((award, index) => [award, index + 1]));
  const dossiers = proposalRows(options.dataset, plan, generated.dossiers, awardIdOf, (key) => decisionByKey.get(key)!);
  await insertInBatches(manager, AwardDecision, decisions, options.progress);
  await insertInBatches(
    manager,
    Award,
    generated.awards.map((draft) => {
      const { decisionKey, ...award } = draft;
      return {
        ...award,
        id: awardIdOf.get(draft)!,
        recipientKey: recipientKey(award),
        decisionId: decisionKey === null ? null : idOf.get(decisionKey)!,
        proposalId: dossiers.proposalOf.get(draft) ?? null,
        // Every generated award stands: its status and in_force take the columns' defaults (CONFERRED, 1).
      };
    }),
    options.progress,
  );
  await insertInBatches(manager, Proposal, dossiers.proposals, options.progress);
  await insertInBatches(manager, ProposalTransition, dossiers.transitions, options.progress);
  await insertInBatches(manager, ProposalDocument, dossiers.documents, options.progress);
  await insertInBatches(manager, ParIndex, parIndexRows(plan, published), options.progress);
  // The districts, units and people the city level may name, from the same data set the district level holds.
  await seedKnownEntities(manager, options, ['District', 'Unit', 'Person']);
}
