import { IsIn } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DISTRICT_AWARD_CODES } from '../local-award-rules';
import { MaxLength, NotBlank } from '../../core/inputs';

/** What a district's award decision (quyết định) says, whoever it confers the award on. */
// Only its subclasses appear in the schema: no field takes the base itself.
@InputType({ description: "What a district's award decision says" })
export abstract class AwardDecisionInput {
  @Field(() => Int, { description: 'The year of the achievement' })
  year!: number;

  @Field(() => String, { description: `The title or form: one the district confers itself (${DISTRICT_AWARD_CODES.join(', ')})` })
  @IsIn(DISTRICT_AWARD_CODES, { message: `$property must be one the district confers: ${DISTRICT_AWARD_CODES.join(', ')}` })
  awardTypeCode!: string;

  @Field(() => String, { nullable: true, description: 'The number of the decision, e.g. 1234/QĐ-UBND (at most 64 characters)' })
  @MaxLength(64)
  @NotBlank()
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the decision (ISO date YYYY-MM-DD)' })
  decidedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Khen thưởng đột xuất: why the award is conferred outside the history rules, for a sudden feat (at most 500 characters). Given, the award is AD_HOC and the rule in force is not checked; omitted, it is RULE and checked.',
  })
  @MaxLength(500)
  @NotBlank()
  adHocReason?: string | null;
}
