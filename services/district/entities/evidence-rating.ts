import { Field, Int, ObjectType } from 'type-graphql';
import { Rating } from './year-rating';

@ObjectType({ description: 'A yearly rating a condition rests on (personal data: withheld from who may not read it)' })
export class EvidenceRating {
  @Field(() => Int)
  year!: number;

  @Field(() => Rating)
  rating!: Rating;
}
