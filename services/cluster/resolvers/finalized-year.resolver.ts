import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterContext } from '../context';
import { Cluster } from '../entities/cluster';
import { FinalizedYear } from '../entities/finalized-year';

@Resolver(() => FinalizedYear)
export class FinalizedYearResolver {
  @FieldResolver(() => Cluster, { description: 'The cluster whose year it is' })
  async cluster(@Root() finalized: FinalizedYear, @Ctx() { loaders }: ClusterContext): Promise<Cluster> {
    // finalizeYear wrote rows that reference it.
    return (await loaders.clusterById.load(finalized.clusterId))!;
  }
}
