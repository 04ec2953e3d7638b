import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CriterionInput } from './criterion.input';
import { MaxLength } from '../../core/inputs';

@InputType({ description: "A cluster's scoring table for a year; it replaces the year's table, before any score is given" })
export class DefineScoringTableInput {
  @Field(() => ID, { description: 'The cluster, e.g. III' })
  @MaxLength(16)
  clusterId!: string;

  @Field(() => Int, { description: 'The year the table scores' })
  year!: number;

  @Field(() => [CriterionInput], { description: 'Every criterion, each code once; the BASE maxima sum to 100' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested()
  criteria!: CriterionInput[];
}
