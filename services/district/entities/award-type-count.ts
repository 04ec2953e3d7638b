import { Field, Int, ObjectType } from 'type-graphql';
import { AwardType } from './award-type';

/** How many of one title or form a district conferred in a year. */
@ObjectType({ description: 'How many of one title or form the district conferred in a year' })
export class AwardTypeCount {
  @Field(() => AwardType, { nullable: true })
  awardType!: AwardType;

  @Field(() => Int)
  count!: number;
}
