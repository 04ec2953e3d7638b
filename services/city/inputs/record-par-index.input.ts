import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MaxLength, Slug } from '../../core/inputs';

@InputType({ description: "A district's PAR index (Chỉ số cải cách hành chính) for a year, as the city appraised it" })
export class RecordParIndexInput {
  @Field(() => ID, { description: 'The district, e.g. dong-da' })
  @MaxLength(64)
  @Slug()
  districtId!: string;

  @Field(() => Int, { description: 'The year appraised' })
  year!: number;

  @Field(() => Float, { description: 'The score on the 100-point scale, 0 to 100' })
  @Min(0)
  @Max(100)
  score!: number;
}
