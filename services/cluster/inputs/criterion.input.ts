import { IsPositive, Matches, Max } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { CriterionKind } from '../entities/scoring-criterion';
import { MaxLength, NotBlank } from '../../core/inputs';

@InputType({ description: 'A line of a scoring table (bảng chấm điểm)' })
export class CriterionInput {
  @Field(() => String, { description: 'Its code in the table, which orders it, e.g. A01' })
  @MaxLength(16)
  // The code is part of the criterion's id.
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._]*$/, { message: 'code must be letters and digits, e.g. A01' })
  code!: string;

  @Field(() => String, { description: 'What it scores' })
  @NotBlank()
  @MaxLength(255)
  title!: string;

  @Field(() => Float, { description: 'The most points a member can get (or, for a PENALTY, lose) on it' })
  @IsPositive()
  @Max(100)
  maxPoints!: number;

  @Field(() => CriterionKind, { description: 'BASE (the BASE maxima make up 100 points), BONUS or PENALTY' })
  kind!: CriterionKind;
}
