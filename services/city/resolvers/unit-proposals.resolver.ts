import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../core/connections';
import type { CityContext } from '../context';
import { Unit } from '../entities/unit';
import type { Proposal } from '../entities/proposal';
import { ProposalConnection } from '../entities/proposal-connection';
import { RecipientProposalArgs } from '../entities/recipient-proposal-args';
import { proposalFilter } from '../proposal-filter';

@Resolver(() => Unit)
export class UnitProposalsResolver {
  @FieldResolver(() => ProposalConnection, {
    nullable: true,
    description: "Commendation dossiers for the unit as a collective, oldest first (by year, then id); drafts only for their proposer's office",
  })
  proposals(@Root() unit: Unit, @Args() args: RecipientProposalArgs, @Ctx() { loaders, viewer }: CityContext): Promise<Connection<Proposal>> {
    return loaders.proposalsOfUnit.load({ unitId: unit.id }, args, proposalFilter(viewer, args));
  }
}
