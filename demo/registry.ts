import type { EntityManager } from 'typeorm';
import type { SubgraphName } from '../services/core/config';
import { seedCity } from './city/seed';
import { seedClusters } from './cluster/seed';
import { seedDistricts } from './district/seed';
import type { SeedOptions } from './seed-options';

/** Writes one level's part of a data set; runs inside one transaction. */
export type DemoSeed = (manager: EntityManager, options: SeedOptions) => Promise<void>;

/** Each subgraph's demo seed: the serving code knows none of them. */
export const DEMO_SEEDS: Record<SubgraphName, DemoSeed> = {
  district: seedDistricts,
  cluster: seedClusters,
  city: seedCity,
};
