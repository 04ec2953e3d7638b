import { Field, ID, InputType } from 'type-graphql';
import { RecipientClaimInput } from './recipient-claim.input';
import { MaxLength, NotBlank, TEXT_MAX_LENGTH } from '../../core/inputs';

@InputType({
  description:
    'One award a decision confers: on a district as a whole (districtId only), a collective (unitId) or a person (personId), always with the district it belongs to',
})
export class DecisionAwardInput extends RecipientClaimInput {
  @Field(() => String, { description: 'The recipient as the decision names it (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  recipientName!: string;

  @Field(() => String, { nullable: true, description: `What the award is for, as the decision words it (at most ${TEXT_MAX_LENGTH} characters)` })
  @MaxLength(TEXT_MAX_LENGTH)
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Khen thưởng đột xuất: an award for a sudden feat, outside the history rules of its type (at most 500 characters). Given, the award is recorded AD_HOC with this reason and its rule is not checked; absent, the rule in force for its year must be met (NOT_ELIGIBLE otherwise)',
  })
  @MaxLength(500)
  @NotBlank()
  adHocReason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The dossier the award answers, if any: it must be APPROVED (INVALID_TRANSITION otherwise) and propose this award type, year and recipient; it moves to DECIDED with the decision, and the award links it (and the nomination it carries)',
  })
  @MaxLength(64)
  @NotBlank()
  proposalId?: string | null;
}
