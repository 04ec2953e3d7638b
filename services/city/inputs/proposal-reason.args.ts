import { ArgsType, Field, ID } from 'type-graphql';
import { MaxLength, NotBlank, TEXT_MAX_LENGTH } from '../../core/inputs';

/** A step that must say why (returning, rejecting): the proposer acts on the reasons. */
@ArgsType()
export class ProposalReasonArgs {
  @Field(() => ID, { description: 'The dossier' })
  id!: string;

  @Field(() => String, { description: `The reasons, for the proposer and the timeline (at most ${TEXT_MAX_LENGTH} characters)` })
  @MaxLength(TEXT_MAX_LENGTH)
  @NotBlank()
  note!: string;
}
