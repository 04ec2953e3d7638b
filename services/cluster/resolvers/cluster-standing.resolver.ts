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

/**
 * A district's standing in the cluster it was in that year; null if it was in none or was not scored.
 * Three statements for all the districts and years a request asks: memberships, tables, scores.
 */
export async function standingOfDistrict(loaders: ClusterLoaders, districtId: string, year: number): Promise<ClusterStanding | null> {
  const membership = await loaders.membershipOfDistrict.load({ districtId, year });
  if (!membership) return null;
  const standings = await standingsOfCluster(loaders, membership.clusterId, year);
  return standings.find((standing) => standing.districtId === districtId) ?? null;
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
