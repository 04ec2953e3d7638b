import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../core/connections';
import { assertYear } from '../../core/errors';
import { awardFacts } from '../award-facts';
import { awardFilter } from '../award-filter';
import { awardHistory } from '../award-history';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { AwardFact } from '../entities/award-fact';
import { AwardConnection } from '../entities/award-connection';
import { AwardListArgs } from '../entities/award-list-args';
import { AwardHistoryConnection } from '../entities/award-history-connection';
import type { AwardRecord } from '../entities/award-record';
import { District } from '../entities/district';
import { ParIndex } from '../entities/par-index';

@Resolver(() => District)
export class DistrictAwardsResolver {
  @FieldResolver(() => AwardConnection, {
    nullable: true,
    description: 'City-level and national awards to the district and to the collectives and people in it, oldest first (by year, then id)',
  })
  awards(
    @Root() district: District,
    @Args() args: AwardListArgs,
    @Ctx() { loaders }: CityContext,
  ): Promise<Connection<Award>> {
    return loaders.awardsOfDistrict.load({ districtId: district.id }, args, awardFilter(args));
  }

  // No @requires: a district confers nothing on itself, so its history is the city's alone.
  @FieldResolver(() => AwardHistoryConnection, {
    nullable: true,
    description:
      'The awards the district holds as a whole (recipientKind DISTRICT), city-level and national: by year, then level, award type code and id',
  })
  async awardHistory(
    @Root() district: District,
    @Args() args: AwardListArgs,
    @Ctx() { loaders }: CityContext,
  ): Promise<Connection<AwardRecord>> {
    const checked = awardFilter(args);
    return awardHistory([], await loaders.heldByDistrict.load(district.id), checked, args, loaders);
  }

  @FieldResolver(() => ParIndex, { nullable: true, description: "The district's PAR index (Chỉ số CCHC) that year; null if none was appraised" })
  parIndex(@Root() district: District, @Arg('year', () => Int) year: number, @Ctx() { loaders }: CityContext): Promise<ParIndex | null> {
    assertYear(year);
    return loaders.parIndexOfDistrictInYear.load({ districtId: district.id, year });
  }

  @FieldResolver(() => [ParIndex], { nullable: true, description: "The district's PAR index (Chỉ số CCHC) of every year it was appraised, oldest first" })
  parIndexHistory(@Root() district: District, @Ctx() { loaders }: CityContext): Promise<ParIndex[]> {
    return loaders.parIndexesOfDistrict.load(district.id);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [AwardFact], { nullable: true, description: "Every city-level and national award the district holds as a whole, oldest first: the district's eligibility rules require them" })
  async cityAwardFacts(@Root() district: District, @Ctx() { loaders }: CityContext): Promise<AwardFact[]> {
    return awardFacts(await loaders.heldByDistrict.load(district.id));
  }
}
