import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from '../../core/connections';
import { ProposalStatus } from './proposal';

/** A page of a recipient's dossiers, and the filters such a list takes. */
@ArgsType()
export class RecipientProposalArgs extends PageArgs {
  @Field(() => ProposalStatus, { nullable: true, description: 'Only dossiers in this state' })
  status?: ProposalStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only dossiers for achievements of this year' })
  year?: number | null;
}
