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
import { Person } from '../entities/person';
import { required } from '../../core/requires';

@Resolver(() => Person)
export class PersonAwardsResolver {
  @FieldResolver(() => AwardConnection, { nullable: true, description: 'City-level and national awards to the person, oldest first (by year, then id)' })
  awards(@Root() person: Person, @Args() args: AwardListArgs, @Ctx() { loaders }: CityContext): Promise<Connection<Award>> {
    return loaders.awardsOfPerson.load({ personId: person.id }, args, awardFilter(args));
  }

  @Directive(REQUIRES_LOCAL_AWARD_RECORDS)
  @FieldResolver(() => AwardHistoryConnection, {
    nullable: true,
    description:
      "Every award the person holds, the district's and the city's and nation's: by year, then level (district, city, national), award type code and id",
  })
  async awardHistory(
    @Root() person: Person,
    @Args() args: AwardListArgs,
    @Ctx() { loaders }: CityContext,
  ): Promise<Connection<AwardRecord>> {
    const checked = awardFilter(args);
    const local = required(person.localAwardRecords, 'localAwardRecords');
    return awardHistory(local, await loaders.heldByPerson.load(person.id), checked, args, loaders);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [AwardFact], { nullable: true, description: "Every city-level and national award the person holds, oldest first: the district's eligibility rules require them" })
  async cityAwardFacts(@Root() person: Person, @Ctx() { loaders }: CityContext): Promise<AwardFact[]> {
    return awardFacts(await loaders.heldByPerson.load(person.id));
  }
}
