import { Args, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import { awardStatisticsGroups, totalCount } from '../award-statistics';
import type { CityContext } from '../context';
import { AwardStatistics } from '../entities/award-statistics';
import { AwardStatisticsArgs } from '../entities/award-statistics-args';
import { AwardStatisticsGroup } from '../entities/award-statistics-group';
import { required } from '../../core/requires';

// The counts do not depend on the grouping: every grouping of a year shares one statement.
const countsOf = ({ year, includeRevoked }: AwardStatistics) => ({ year, includeRevoked });

const REQUIRES_LOCAL_AWARD_COUNTS = '@requires(fields: "localAwardCounts { districtId awardTypeCode count }")';

@Resolver(() => AwardStatistics)
export class AwardStatisticsResolver {
  @Query(() => AwardStatistics, {
    nullable: true,
    description: "A year's awards of every district, those the districts conferred and the city's and nation's, counted and grouped",
  })
  awardStatistics(@Args() { year, groupBy, includeRevoked }: AwardStatisticsArgs): AwardStatistics {
    assertYear(year);
    return { year, groupBy, includeRevoked };
  }

  @Directive(REQUIRES_LOCAL_AWARD_COUNTS)
  @FieldResolver(() => Int, { nullable: true, description: 'How many awards of any level were conferred for the year' })
  async total(@Root() statistics: AwardStatistics, @Ctx() { loaders }: CityContext): Promise<number> {
    const local = required(statistics.localAwardCounts, 'localAwardCounts');
    return totalCount(local, await loaders.awardCountsOfYear.load(countsOf(statistics)));
  }

  @Directive(REQUIRES_LOCAL_AWARD_COUNTS)
  @FieldResolver(() => [AwardStatisticsGroup], {
    nullable: true,
    description:
      "The counts grouped as groupBy says, largest first, then by key. DISTRICT: a district's district-conferred awards and the city and national awards to it and its units and people",
  })
  async groups(@Root() statistics: AwardStatistics, @Ctx() { loaders }: CityContext): Promise<AwardStatisticsGroup[]> {
    const local = required(statistics.localAwardCounts, 'localAwardCounts');
    return awardStatisticsGroups(statistics.groupBy, local, await loaders.awardCountsOfYear.load(countsOf(statistics)), loaders);
  }
}
