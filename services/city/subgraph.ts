import type { SubgraphDefinition } from '../core/subgraph';
import { Award } from './entities/award';
import { AwardType } from './entities/award-type';
import { District } from './entities/district';
import { createCityLoaders, type CityLoaders } from './loaders';
import { CreateAwards1732300000000 } from './migrations/1732300000000-create-awards';
import { AwardTypeResolver, resolveAwardTypeReference } from './resolvers/award-type.resolver';
import { AwardResolver } from './resolvers/award.resolver';
import { DistrictAwardsResolver } from './resolvers/district.resolver';
import { seedAwards } from './seed';

/** The city level: the award catalogue, city and national awards and (later) decisions and the PAR index. */
export const citySubgraph: SubgraphDefinition<CityLoaders> = {
  name: 'city',
  entities: [AwardType, Award],
  migrations: [CreateAwards1732300000000],
  schema: {
    resolvers: [AwardTypeResolver, AwardResolver, DistrictAwardsResolver],
    // No root field of this subgraph returns District: it enters the schema only through its awards.
    orphanedTypes: [District],
    referenceResolvers: { AwardType: { __resolveReference: resolveAwardTypeReference } },
  },
  createLoaders: createCityLoaders,
  seed: seedAwards,
};
