import { ArgsType, Field, Int } from 'type-graphql';
import { AwardGrouping } from './award-grouping';

@ArgsType()
export class AwardStatisticsArgs {
  @Field(() => Int, { description: 'The year the achievements were in' })
  year!: number;

  @Field(() => AwardGrouping, { description: 'How to group the counts' })
  groupBy!: AwardGrouping;
}
