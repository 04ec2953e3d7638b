import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../core/connections';
import type { CityContext } from '../context';
import { Person } from '../entities/person';
import type { Proposal } from '../entities/proposal';
import { ProposalConnection } from '../entities/proposal-connection';
import { RecipientProposalArgs } from '../entities/recipient-proposal-args';
import { proposalFilter } from '../proposal-filter';

@Resolver(() => Person)
export class PersonProposalsResolver {
  @FieldResolver(() => ProposalConnection, {
    nullable: true,
    description: "Commendation dossiers for the person, oldest first (by year, then id); drafts only for their proposer's office",
  })
  proposals(@Root() person: Person, @Args() args: RecipientProposalArgs, @Ctx() { loaders, viewer }: CityContext): Promise<Connection<Proposal>> {
    return loaders.proposalsOfPerson.load({ personId: person.id }, args, proposalFilter(viewer, args));
  }
}
