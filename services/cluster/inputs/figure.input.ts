import { Field, Float, InputType } from 'type-graphql';
import { InRange, MAX_QUANTITY, MaxLength, NotBlank } from '../../core/inputs';

@InputType({ description: 'A number a conference reported' })
export class FigureInput {
  @Field(() => String, { description: 'What was measured, as the report words it' })
  @NotBlank()
  @MaxLength(255)
  name!: string;

  @Field(() => Float, { description: `The number, in unitOfMeasure (at most ${MAX_QUANTITY} either way)` })
  @InRange(-MAX_QUANTITY, MAX_QUANTITY)
  value!: number;

  @Field(() => String, { description: 'e.g. tỷ đồng (billion VND), %, huân chương' })
  @MaxLength(64)
  @NotBlank()
  unitOfMeasure!: string;
}
