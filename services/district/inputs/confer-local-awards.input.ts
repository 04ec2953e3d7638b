import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AwardDecisionInput } from './award-decision.input';
import { MaxLength } from '../../core/inputs';

// A district's year-end decision lists a few hundred LDTT at most (Ba Đình 2020: 193).
export const MAX_RECIPIENTS = 1000;

@InputType({ description: 'One decision conferring a title or form on many people or units of a district: all of them or none' })
export class ConferLocalAwardsInput extends AwardDecisionInput {
  @Field(() => [ID], { nullable: true, description: `The people honoured (LDTT, CSTDCS, GK), at most ${MAX_RECIPIENTS}` })
  @ArrayMaxSize(MAX_RECIPIENTS)
  @MaxLength(64, { each: true })
  personIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `The units honoured (TTLDTT, GK), at most ${MAX_RECIPIENTS}` })
  @ArrayMaxSize(MAX_RECIPIENTS)
  @MaxLength(64, { each: true })
  unitIds?: string[] | null;
}
