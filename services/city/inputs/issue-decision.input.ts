import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DecisionAwardInput } from './decision-award.input';
import { MaxLength, NotBlank } from '../../core/inputs';

/** More than any published decision holds (Đống Đa's 2023: over 50 commended by the City chair). */
export const MAX_AWARDS_PER_DECISION = 1000;

@InputType({ description: 'A decision (quyết định) and every award it confers' })
export class IssueDecisionInput {
  @Field(() => String, { description: 'The number as written on the decision, e.g. 1234/QĐ-UBND (at most 64 characters); unique' })
  @MaxLength(64)
  @NotBlank()
  number!: string;

  @Field(() => String, { description: 'The date it was signed (ISO date YYYY-MM-DD)' })
  signedOn!: string;

  @Field(() => String, { description: 'Who signed it, as the signature block reads, e.g. KT. Chủ tịch – Phó Chủ tịch … (at most 255 characters)' })
  @MaxLength(255)
  @NotBlank()
  signer!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The authority that issued it, as it was on that date (at most 255 characters). Defaults to the city chair (Chủ tịch UBND thành phố <city>) when every award is a CITY one; required when any is NATIONAL",
  })
  @MaxLength(255)
  @NotBlank()
  issuingAuthority?: string | null;

  @Field(() => [DecisionAwardInput], { description: `The awards it confers, 1 to ${MAX_AWARDS_PER_DECISION}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AWARDS_PER_DECISION)
  @ValidateNested()
  awards!: DecisionAwardInput[];
}
