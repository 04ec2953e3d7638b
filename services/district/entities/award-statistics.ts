import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AwardGrouping } from './award-grouping';
import { LocalAwardCount } from './local-award-count';

/**
 * The city's statistics of a year's awards. The district contributes the counts of what it
 * conferred, which the city's statistics require: the city cannot read the district's tables.
 * Whether revoked awards count is in the key, so both levels count the same way.
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

  @Field(() => [LocalAwardCount], { description: "The year's district-conferred awards of every district, by district and type" })
  @Directive('@inaccessible')
  localAwardCounts!: LocalAwardCount[];
}
