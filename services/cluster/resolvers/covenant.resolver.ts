import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterContext } from '../context';
import { Covenant } from '../entities/covenant';
import { CovenantContent } from '../entities/covenant-content';

@Resolver(() => Covenant)
export class CovenantResolver {
  @FieldResolver(() => [CovenantContent], { description: 'Its contents, by number' })
  async contents(@Root() covenant: Covenant, @Ctx() { loaders }: ClusterContext): Promise<CovenantContent[]> {
    const contents = await loaders.contentsOfCovenant.load(covenant.id);
    return [...contents].sort((a, b) => a.number - b.number);
  }
}
