import { Field, Float, InputType } from 'type-graphql';
import { MaxLength } from '../../core/inputs';

@InputType({ description: "A district's points on one criterion of the year's table" })
export class ScoreInput {
  @Field(() => String, { description: "The criterion's code in the year's table, e.g. A01" })
  @MaxLength(16)
  criterionCode!: string;

  @Field(() => Float, { description: "Between 0 and the criterion's maxPoints; for a PENALTY criterion, the points deducted" })
  points!: number;

  @Field(() => String, { nullable: true, description: 'Why the points were given or deducted' })
  @MaxLength(255)
  note?: string | null;
}
