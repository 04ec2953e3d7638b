import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AwardGrouping } from './award-grouping';
import { LocalAwardCount } from './local-award-count';

/**
 * A year's awards counted across the levels: the district's from the district subgraph, the city's
 * own. Whether revoked awards count is in the key, so the district counts its own the same way.
 */
@Directive('@key(fields: "year groupBy includeRevoked")')
@ObjectType({ description: "A year's awards of every district, district-conferred, city and national, counted and grouped" })
export class AwardStatistics {
  @Field(() => Int, { description: 'The year the achievements were in' })
  year!: number;

  @Field(() => AwardGrouping, { description: 'How the groups are formed' })
  groupBy!: AwardGrouping;

  @Field(() => Boolean, { description: 'Whether revoked awards are counted too' })
  includeRevoked!: boolean;

  // Only in the representations the gateway sends for the @requires of total and groups.
  @Directive('@external')
  @Field(() => [LocalAwardCount], { description: "The year's district-conferred awards of every district, by district and type" })
  localAwardCounts?: LocalAwardCount[];
}
