import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { ClusterContext } from '../context';
import { ClusterMembership } from '../entities/cluster-membership';
import { District } from '../entities/district';

@Resolver(() => District)
export class DistrictClusterResolver {
  @FieldResolver(() => ClusterMembership, { nullable: true, description: "The district's cluster and role in a year" })
  clusterMembership(
    @Root() district: District,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<ClusterMembership | null> {
    assertYear(year);
    return loaders.membershipOfDistrict.load({ districtId: district.id, year });
  }
}
