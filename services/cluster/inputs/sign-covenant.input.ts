import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength, NotBlank, TEXT_MAX_LENGTH } from '../../core/inputs';

@InputType({ description: "A cluster's covenant (giao ước thi đua) for a year; it replaces the year's covenant and its contents" })
export class SignCovenantInput {
  @Field(() => ID, { description: 'The cluster, e.g. III' })
  @MaxLength(16)
  clusterId!: string;

  @Field(() => Int, { description: 'The year the covenant is for' })
  year!: number;

  @Field(() => String, { description: 'The day it was signed (ISO date), usually at the previous year-end review' })
  signedOn!: string;

  @Field(() => [String], { description: 'Its contents (nội dung), numbered from 1 in this order' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @NotBlank({ each: true })
  @MaxLength(TEXT_MAX_LENGTH, { each: true })
  contents!: string[];
}
