import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { InRange, MAX_QUANTITY, MaxLength, NotBlank } from '../../core/inputs';

@InputType({ description: 'A yearly target (chỉ tiêu) a district sets itself; its result is recorded later (recordTargetResult)' })
export class SetTargetInput {
  @Field(() => ID, { description: 'The district whose target it is' })
  @MaxLength(64)
  districtId!: string;

  @Field(() => Int, { description: 'The year of the target' })
  year!: number;

  @Field(() => String, { description: 'What is measured, in Vietnamese, e.g. Thu ngân sách trên địa bàn (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  name!: string;

  @Field(() => String, { description: 'e.g. tỷ đồng (billion VND), %, người (at most 32 characters)' })
  @MaxLength(32)
  @NotBlank()
  unitOfMeasure!: string;

  @Field(() => Float, { nullable: true, description: `The planned value (at most ${MAX_QUANTITY} either way); omitted where the year has no plan for it` })
  @InRange(-MAX_QUANTITY, MAX_QUANTITY)
  planned?: number | null;

  @Field(() => Boolean, { description: 'False for targets to keep low (e.g. poor households)' })
  higherIsBetter!: boolean;
}
