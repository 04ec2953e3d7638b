import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterContext } from '../context';
import { AwardType } from '../entities/award-type';
import { Cluster } from '../entities/cluster';
import { District } from '../entities/district';
import { Nomination } from '../entities/nomination';

@Resolver(() => Nomination)
export class NominationResolver {
  @FieldResolver(() => District, { nullable: true })
  district(@Root() nomination: Nomination): District {
    return { id: nomination.districtId };
  }

  @FieldResolver(() => Cluster)
  async cluster(@Root() nomination: Nomination, @Ctx() { loaders }: ClusterContext): Promise<Cluster> {
    // The foreign key guarantees the cluster exists.
    return (await loaders.clusterById.load(nomination.clusterId))!;
  }

  @FieldResolver(() => AwardType, { nullable: true, description: 'The proposed award, from the city subgraph’s catalogue' })
  awardType(@Root() nomination: Nomination): AwardType {
    return { code: nomination.awardTypeCode };
  }
}

export function resolveNominationReference(reference: { id: string }, { loaders }: ClusterContext): Promise<Nomination | null> {
  return loaders.nominationById.load(reference.id);
}
