import type { SubgraphDefinition } from '../core/subgraph';
import { Cluster } from './entities/cluster';
import { ClusterMembership } from './entities/cluster-membership';
import { createClusterLoaders, type ClusterLoaders } from './loaders';
import { CreateCluster1732300000000 } from './migrations/1732300000000-create-cluster';
import { ClusterMembershipResolver } from './resolvers/cluster-membership.resolver';
import { ClusterResolver, resolveClusterReference } from './resolvers/cluster.resolver';
import { DistrictClusterResolver } from './resolvers/district.resolver';
import { seedClusters } from './seed';

/** The cluster level: yearly membership and head, and (later) covenants, scores, standings and nominations. */
export const clusterSubgraph: SubgraphDefinition<ClusterLoaders> = {
  name: 'cluster',
  entities: [Cluster, ClusterMembership],
  migrations: [CreateCluster1732300000000],
  schema: {
    resolvers: [ClusterResolver, ClusterMembershipResolver, DistrictClusterResolver],
    referenceResolvers: { Cluster: { __resolveReference: resolveClusterReference } },
  },
  createLoaders: createClusterLoaders,
  seed: seedClusters,
};
