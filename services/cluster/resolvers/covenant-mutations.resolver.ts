import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertIsoDate, assertYear } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import type { ClusterContext } from '../context';
import { Covenant } from '../entities/covenant';
import { CovenantContent } from '../entities/covenant-content';
import { SignCovenantInput } from '../inputs/sign-covenant.input';
import { clusterWrite, replaceRows } from '../writes';

@Resolver()
export class CovenantMutationsResolver {
  @Mutation(() => Covenant, { description: "Records the covenant a cluster's members signed for a year, replacing the year's covenant and contents. The cluster's CLUSTER_ADMIN only" })
  signCovenant(
    @Arg('input', () => SignCovenantInput, { description: 'The cluster, the year, the day it was signed and its contents' }) input: SignCovenantInput,
    @Ctx() context: ClusterContext,
  ): Promise<Covenant> {
    const { clusterId, year, signedOn, contents } = input;
    assertYear(year);
    assertIsoDate(signedOn, 'signedOn');
    return clusterWrite(context, 'signCovenant', clusterId, async (write) => {
      const { manager } = write;
      const id = `${clusterId}-${year}`;
      const before = await manager.findOneBy(Covenant, { id });
      const covenant: Covenant = { id, clusterId, year, signedOn, source: ENTERED };
      // The covenant first: its contents' foreign key needs it.
      await replaceRows(write, Covenant, before ? [before] : [], [covenant]);
      await replaceRows(
        write,
        CovenantContent,
        await manager.findBy(CovenantContent, { covenantId: id }),
        contents.map((text, index): CovenantContent => ({ covenantId: id, number: index + 1, text, source: ENTERED })),
      );
      return covenant;
    });
  }
}
