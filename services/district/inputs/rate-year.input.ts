import { Field, ID, InputType, Int } from 'type-graphql';
import { Rating } from '../entities/year-rating';
import { MaxLength } from '../../core/inputs';

@InputType({ description: "A person's or a unit's rating for a year (exactly one of personId, unitId); a second rating of the same year replaces the first" })
export class RateYearInput {
  @Field(() => Int, { description: 'The year rated' })
  year!: number;

  @Field(() => Rating, { description: 'The rating of task completion' })
  rating!: Rating;

  @Field(() => ID, { nullable: true, description: 'The person rated (or unitId)' })
  @MaxLength(64)
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit rated (or personId)' })
  @MaxLength(64)
  unitId?: string | null;
}
