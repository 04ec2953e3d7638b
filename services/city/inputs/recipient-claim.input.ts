import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength, NotBlank, Slug } from '../../core/inputs';
import { RecipientKind } from '../entities/award-type';
import type { RecipientClaim } from '../recipient-claim';

/**
 * The award and recipient a decision's award and a dossier both name: on a district as a whole
 * (districtId only), a collective (unitId) or a person (personId), always with its district.
 * Not a GraphQL type of its own: each input that names a recipient extends it.
 */
@InputType()
export abstract class RecipientClaimInput implements RecipientClaim {
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

  @Field(() => ID, { nullable: true, description: "The collective (the district subgraph's Unit): required for COLLECTIVE, absent otherwise" })
  @MaxLength(64)
  @Slug()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: "The person (the district subgraph's Person): required for INDIVIDUAL, absent otherwise" })
  @MaxLength(64)
  @Slug()
  personId?: string | null;
}
