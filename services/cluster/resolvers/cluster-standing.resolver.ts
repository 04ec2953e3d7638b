import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterContext } from '../context';
import { Cluster } from '../entities/cluster';
import { ClusterStanding } from '../entities/cluster-standing';
import { District } from '../entities/district';
import type { ClusterLoaders } from '../loaders';
import { clusterStandings } from '../standings';

/** A cluster-year's standings by rank, from the request's loaders: one statement each for all clusters asked. */
export async function standingsOfCluster(loaders: ClusterLoaders, clusterId: string, year: number): Promise<ClusterStanding[]> {
  const key = { clusterId, year };
  const [criteria, scores] = await Promise.all([loaders.criteriaOfCluster.load(key), loaders.scoresOfCluster.load(key)]);
  return clusterStandings(criteria, scores);
}

@Resolver(() => ClusterStanding)
export class ClusterStandingResolver {
  @FieldResolver(() => District, { nullable: true, description: 'The member district; its name and awards come from the other subgraphs' })
  district(@Root() standing: ClusterStanding): District {
    return { id: standing.districtId };
  }

  @FieldResolver(() => Cluster, { description: 'The cluster that scored it that year' })
  async cluster(@Root() standing: ClusterStanding, @Ctx() { loaders }: ClusterContext): Promise<Cluster> {
    // Its scores' foreign key guarantees the cluster exists.
    return (await loaders.clusterById.load(standing.clusterId))!;
  }
}
