import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterContext } from '../context';
import { Cluster } from '../entities/cluster';
import { ClusterMembership } from '../entities/cluster-membership';
import { District } from '../entities/district';

@Resolver(() => ClusterMembership)
export class ClusterMembershipResolver {
  @FieldResolver(() => Cluster)
  async cluster(@Root() membership: ClusterMembership, @Ctx() { loaders }: ClusterContext): Promise<Cluster> {
    // The foreign key guarantees the cluster exists.
    return (await loaders.clusterById.load(membership.clusterId))!;
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() membership: ClusterMembership): District {
    return { id: membership.districtId };
  }
}
