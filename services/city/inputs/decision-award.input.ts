import { Field, ID, InputType, Int } from 'type-graphql';
import { RecipientKind } from '../entities/award-type';
import { MaxLength, NotBlank, Slug, TEXT_MAX_LENGTH } from '../../core/inputs';

@InputType({
  description:
    'One award a decision confers: on a district as a whole (districtId only), a collective (unitId) or a person (personId), always with the district it belongs to',
})
export class DecisionAwardInput {
  @Field(() => String, { description: 'The award type: a CITY or NATIONAL one of the catalogue (e.g. BK_TP, CO_TP, BK_TTG); districts confer their own' })
  @MaxLength(16)
  @NotBlank()
  awardTypeCode!: string;

  @Field(() => Int, { description: 'The year the achievement was in' })
  year!: number;

  @Field(() => RecipientKind, { description: "Who receives it: one of the award type's recipientKinds" })
  recipientKind!: RecipientKind;

  @Field(() => ID, { description: 'The district the recipient is, or belongs to, e.g. ba-dinh' })
  @MaxLength(64)
  @Slug()
  districtId!: string;

  @Field(() => ID, { nullable: true, description: 'The collective (the district subgraph\'s Unit): required for COLLECTIVE, absent otherwise' })
  @MaxLength(64)
  @Slug()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: "The person (the district subgraph's Person): required for INDIVIDUAL, absent otherwise" })
  @MaxLength(64)
  @Slug()
  personId?: string | null;

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

  // Stored as given: nominations live in the cluster subgraph's database, which the city does not read.
  @Field(() => ID, { nullable: true, description: "The cluster's nomination (honouring vote) the award answers, if any; the gateway resolves it" })
  @MaxLength(64)
  @NotBlank()
  nominationId?: string | null;
}
