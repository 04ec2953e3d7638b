import { Field, ID, InputType } from 'type-graphql';
import { AwardDecisionInput } from './award-decision.input';
import { MaxLength } from '../../core/inputs';

@InputType({ description: 'A title or form the district confers on one person or one unit (exactly one of personId, unitId)' })
export class ConferLocalAwardInput extends AwardDecisionInput {
  @Field(() => ID, { nullable: true, description: 'The person honoured: LDTT, CSTDCS, GK' })
  @MaxLength(64)
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit honoured: TTLDTT, GK' })
  @MaxLength(64)
  unitId?: string | null;
}
