import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: 'A number a conference reported' })
export class FigureInput {
  @Field(() => String, { description: 'What was measured, as the report words it' })
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @Field(() => Float, { description: 'The number, in unitOfMeasure' })
  value!: number;

  @Field(() => String, { description: 'e.g. tỷ đồng (billion VND), %, huân chương' })
  @MaxLength(64)
  unitOfMeasure!: string;
}
