import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MaxLength, NotBlank, TEXT_MAX_LENGTH } from '../../core/inputs';
import { RecipientClaimInput } from './recipient-claim.input';
import { ProposalDocumentInput } from './proposal-document.input';

/** More than a dossier holds: the proposal, the minutes of the vote, the reports of the years it rests on. */
export const MAX_PROPOSAL_DOCUMENTS = 50;

@InputType({
  description:
    "A district's dossier for a city or national award: on the district as a whole (districtId only), one of its collectives (unitId) or one of its people (personId)",
})
export class ProposeAwardInput extends RecipientClaimInput {
  @Field(() => String, { description: `The summary of achievements (tóm tắt thành tích, at most ${TEXT_MAX_LENGTH} characters)` })
  @MaxLength(TEXT_MAX_LENGTH)
  @NotBlank()
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Khen thưởng đột xuất: the sudden feat the award is proposed for, outside the history rules (at most 500 characters)' })
  @MaxLength(500)
  @NotBlank()
  adHocReason?: string | null;

  @Field(() => [ProposalDocumentInput], { nullable: true, description: `The documents it attaches, in order, at most ${MAX_PROPOSAL_DOCUMENTS}` })
  @ArrayMaxSize(MAX_PROPOSAL_DOCUMENTS)
  @ValidateNested()
  documents?: ProposalDocumentInput[] | null;
}
