import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../core/connections';
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
import { REQUIRES_LOCAL_AWARD_RECORDS } from '../entities/local-award-record';
import { Unit } from '../entities/unit';
import { required } from '../../core/requires';

@Resolver(() => Unit)
export class UnitAwardsResolver {
  @FieldResolver(() => AwardConnection, {
    nullable: true,
    description: 'City-level and national awards to the unit as a collective, oldest first (by year, then id)',
  })
  awards(@Root() unit: Unit, @Args() args: AwardListArgs, @Ctx() { loaders }: CityContext): Promise<Connection<Award>> {
    return loaders.awardsOfUnit.load({ unitId: unit.id }, args, awardFilter(args));
  }

  @Directive(REQUIRES_LOCAL_AWARD_RECORDS)
  @FieldResolver(() => AwardHistoryConnection, {
    nullable: true,
    description:
      "Every award the unit holds as a collective, the district's and the city's and nation's: by year, then level (district, city, national), award type code and id",
  })
  async awardHistory(
    @Root() unit: Unit,
    @Args() args: AwardListArgs,
    @Ctx() { loaders }: CityContext,
  ): Promise<Connection<AwardRecord>> {
    const checked = awardFilter(args);
    const local = required(unit.localAwardRecords, 'localAwardRecords');
    return awardHistory(local, await loaders.heldByUnit.load(unit.id), checked, args, loaders);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [AwardFact], { nullable: true, description: "Every city-level and national award the unit holds as a collective, oldest first: the district's eligibility rules require them" })
  async cityAwardFacts(@Root() unit: Unit, @Ctx() { loaders }: CityContext): Promise<AwardFact[]> {
    return awardFacts(await loaders.heldByUnit.load(unit.id));
  }
}
