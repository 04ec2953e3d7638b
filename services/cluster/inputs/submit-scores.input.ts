import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength, Slug } from '../../core/inputs';
import { ScoreInput } from './score.input';

@InputType({ description: "A member district's points for a year; each replaces the district's points on its criterion" })
export class SubmitScoresInput {
  @Field(() => ID, { description: 'The cluster, e.g. III' })
  @MaxLength(16)
  clusterId!: string;

  @Field(() => Int, { description: 'The year scored' })
  year!: number;

  @Field(() => ID, { description: 'The scored district: a member of the cluster that year' })
  @MaxLength(64)
  @Slug()
  districtId!: string;

  @Field(() => [ScoreInput], { description: 'Its points, each criterion once' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested()
  scores!: ScoreInput[];
}
