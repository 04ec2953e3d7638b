import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MemberInput } from './member.input';
import { MaxLength } from '../../core/inputs';

@InputType({ description: "A cluster's members for a year; it replaces the year's membership" })
export class SetMembershipInput {
  @Field(() => ID, { description: 'The cluster, e.g. III' })
  @MaxLength(16)
  clusterId!: string;

  @Field(() => Int, { description: 'The year the membership is for' })
  year!: number;

  @Field(() => [MemberInput], { description: 'Every member of the year: exactly one HEAD, at most one DEPUTY, each district once' })
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested()
  members!: MemberInput[];
}
