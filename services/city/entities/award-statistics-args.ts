import { ArgsType, Field, Int } from 'type-graphql';
import { INCLUDE_REVOKED } from '../../core/revocation';
import { AwardGrouping } from './award-grouping';

@ArgsType()
export class AwardStatisticsArgs {
  @Field(() => Int, { description: 'The year the achievements were in' })
  year!: number;

  @Field(() => AwardGrouping, { description: 'How to group the counts' })
  groupBy!: AwardGrouping;

  @Field(() => Boolean, { defaultValue: false, description: INCLUDE_REVOKED })
  includeRevoked!: boolean;
}
