import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { ClusterContext } from '../context';
import { Cluster } from '../entities/cluster';
import { ClusterMembership, ClusterRole } from '../entities/cluster-membership';
import { District } from '../entities/district';

const ROLE_ORDER = [ClusterRole.HEAD, ClusterRole.DEPUTY, ClusterRole.MEMBER];

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => [Cluster], { description: 'The clusters, by id; with a year, only those that had members that year' })
  async clusters(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() { db }: ClusterContext): Promise<Cluster[]> {
    assertYear(year);
    const query = db.getRepository(Cluster).createQueryBuilder('cluster').orderBy('cluster.id');
    if (year !== null && year !== undefined) {
      query.where('EXISTS (SELECT 1 FROM cluster_membership m WHERE m.cluster_id = cluster.id AND m.year = :year)', { year });
    }
    return query.getMany();
  }

  @Query(() => Cluster, { nullable: true, description: 'One cluster by its id (e.g. III); null if there is none' })
  cluster(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ClusterContext): Promise<Cluster | null> {
    return loaders.clusterById.load(id);
  }

  @FieldResolver(() => [ClusterMembership], { description: 'The members in a year: the head first, then the deputy' })
  async members(
    @Root() cluster: Cluster,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<ClusterMembership[]> {
    assertYear(year);
    const members = await loaders.membersOfCluster.load({ clusterId: cluster.id, year });
    return [...members].sort(
      (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.districtId.localeCompare(b.districtId),
    );
  }

  @FieldResolver(() => District, { nullable: true, description: 'The head district (cụm trưởng) in a year' })
  async head(@Root() cluster: Cluster, @Arg('year', () => Int) year: number, @Ctx() { loaders }: ClusterContext): Promise<District | null> {
    assertYear(year);
    const members = await loaders.membersOfCluster.load({ clusterId: cluster.id, year });
    const head = members.find((member) => member.role === ClusterRole.HEAD);
    return head ? { id: head.districtId } : null;
  }
}

export function resolveClusterReference(reference: { id: string }, { loaders }: ClusterContext): Promise<Cluster | null> {
  return loaders.clusterById.load(reference.id);
}
