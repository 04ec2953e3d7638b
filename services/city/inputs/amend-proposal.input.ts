import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MaxLength, NotBlank, TEXT_MAX_LENGTH } from '../../core/inputs';
import { MAX_PROPOSAL_DOCUMENTS } from './propose-award.input';
import { ProposalDocumentInput } from './proposal-document.input';

@InputType({ description: "What the proposer changes in a draft or returned dossier: each field given replaces the dossier's; at least one" })
export class AmendProposalInput {
  @Field(() => String, { nullable: true, description: `The new summary of achievements (at most ${TEXT_MAX_LENGTH} characters)` })
  @MaxLength(TEXT_MAX_LENGTH)
  @NotBlank()
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'The sudden feat (khen thưởng đột xuất, at most 500 characters); null makes it an award by its rule again' })
  @MaxLength(500)
  @NotBlank()
  adHocReason?: string | null;

  @Field(() => [ProposalDocumentInput], { nullable: true, description: `The documents, replacing the list, at most ${MAX_PROPOSAL_DOCUMENTS}` })
  @ArrayMaxSize(MAX_PROPOSAL_DOCUMENTS)
  @ValidateNested()
  documents?: ProposalDocumentInput[] | null;

  @Field(() => String, { nullable: true, description: `What the amendment changed, for the timeline (at most ${TEXT_MAX_LENGTH} characters)` })
  @MaxLength(TEXT_MAX_LENGTH)
  @NotBlank()
  note?: string | null;
}
