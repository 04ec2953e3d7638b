import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AwardGrouping } from './award-grouping';
import { LocalAwardCount } from './local-award-count';

/**
 * The city's statistics of a year's awards. The district contributes the counts of what it
 * conferred, which the city's statistics require: the city cannot read the district's tables.
 */
@Directive('@key(fields: "year groupBy")')
@ObjectType({ description: "A year's awards of every district, district-conferred, city and national, counted and grouped" })
export class AwardStatistics {
  @Field(() => Int, { description: 'The year the achievements were in' })
  year!: number;

  @Field(() => AwardGrouping, { description: 'How the groups are formed' })
  groupBy!: AwardGrouping;

  @Field(() => [LocalAwardCount], { description: "The year's district-conferred awards of every district, by district and type" })
  @Directive('@inaccessible')
  localAwardCounts!: LocalAwardCount[];
}
