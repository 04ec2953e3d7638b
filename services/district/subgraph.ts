import type { SubgraphDefinition } from '../core/subgraph';
import { District } from './entities/district';
import { createDistrictLoaders, type DistrictLoaders } from './loaders';
import { CreateDistrict1732300000000 } from './migrations/1732300000000-create-district';
import { DistrictResolver, resolveDistrictReference } from './resolvers/district.resolver';
import { seedDistricts } from './seed';

/** The district level: its units, people, movements, targets and the titles it confers. */
export const districtSubgraph: SubgraphDefinition<DistrictLoaders> = {
  name: 'district',
  entities: [District],
  migrations: [CreateDistrict1732300000000],
  schema: {
    resolvers: [DistrictResolver],
    referenceResolvers: { District: { __resolveReference: resolveDistrictReference } },
  },
  createLoaders: createDistrictLoaders,
  seed: seedDistricts,
};
