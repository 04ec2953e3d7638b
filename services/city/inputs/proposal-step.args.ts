import { ArgsType, Field, ID } from 'type-graphql';
import { MaxLength, NotBlank, TEXT_MAX_LENGTH } from '../../core/inputs';

@ArgsType()
export class ProposalStepArgs {
  @Field(() => ID, { description: 'The dossier' })
  id!: string;

  @Field(() => String, { nullable: true, description: `A note for the timeline (at most ${TEXT_MAX_LENGTH} characters)` })
  @MaxLength(TEXT_MAX_LENGTH)
  @NotBlank()
  note?: string | null;
}
