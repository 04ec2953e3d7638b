import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../core/connections';
import type { CityContext } from '../context';
import { District } from '../entities/district';
import type { Proposal } from '../entities/proposal';
import { ProposalConnection } from '../entities/proposal-connection';
import { RecipientProposalArgs } from '../entities/recipient-proposal-args';
import { proposalFilter } from '../proposal-filter';

@Resolver(() => District)
export class DistrictProposalsResolver {
  @FieldResolver(() => ProposalConnection, {
    nullable: true,
    description: "Commendation dossiers for the district and for the collectives and people in it, oldest first (by year, then id); drafts only for their proposer's office",
  })
  proposals(@Root() district: District, @Args() args: RecipientProposalArgs, @Ctx() { loaders, viewer }: CityContext): Promise<Connection<Proposal>> {
    return loaders.proposalsOfDistrict.load({ districtId: district.id }, args, proposalFilter(viewer, args));
  }
}
