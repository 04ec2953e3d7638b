import { Field, Int, ObjectType } from 'type-graphql';
import { AwardLevel, AwardType } from './award-type';
import { District } from './district';

/** One group of a year's award statistics. */
@ObjectType({ description: "One group of a year's award statistics" })
export class AwardStatisticsGroup {
  @Field(() => String, { description: 'What the group is: the district id, the award type code, or the level' })
  key!: string;

  @Field(() => Int, { description: 'How many awards the group holds' })
  count!: number;

  @Field(() => District, { nullable: true, description: 'The district, when grouped by DISTRICT' })
  district!: District | null;

  @Field(() => AwardType, { nullable: true, description: 'The award type, when grouped by AWARD_TYPE (null for a code the catalogue lacks)' })
  awardType!: AwardType | null;

  @Field(() => AwardLevel, { nullable: true, description: "The level, when grouped by LEVEL; the award type's level, when grouped by AWARD_TYPE" })
  level!: AwardLevel | null;
}
