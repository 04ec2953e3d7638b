import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { ClusterContext } from '../context';
import { ClusterMembership } from '../entities/cluster-membership';
import { ClusterStanding } from '../entities/cluster-standing';
import { District } from '../entities/district';
import { StandingFact } from '../entities/standing-fact';
import { standingFacts } from '../standing-facts';
import { standingOfDistrict } from './cluster-standing.resolver';

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

  @FieldResolver(() => ClusterStanding, { nullable: true, description: "The district's standing in its cluster in a year; null if it was not scored" })
  clusterStanding(
    @Root() district: District,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<ClusterStanding | null> {
    assertYear(year);
    return standingOfDistrict(loaders, district.id, year);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [StandingFact], { nullable: true, description: "The district's place in its cluster every year it was ranked, oldest first: the district's eligibility rules require them" })
  standingFacts(@Root() district: District, @Ctx() { loaders }: ClusterContext): Promise<StandingFact[]> {
    return standingFacts(loaders, district.id);
  }
}
