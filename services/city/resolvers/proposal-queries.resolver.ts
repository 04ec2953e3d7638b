import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '../../core/auth';
import { requireViewer } from '../../core/authorization';
import { PageArgs, pageOfQuery, type Connection } from '../../core/connections';
import { graphError } from '../../core/errors';
import { PROPOSAL_FLOW } from '../../core/rules';
import type { CityContext } from '../context';
import { Proposal, ProposingLevel } from '../entities/proposal';
import { ProposalConnection } from '../entities/proposal-connection';
import { ProposalListArgs } from '../entities/proposal-list-args';
import { proposalIdOf } from '../proposal-access';
import { proposalFilter, visibleProposal, whereProposalFilter } from '../proposal-filter';

@Resolver()
export class ProposalQueriesResolver {
  @Query(() => Proposal, { nullable: true, description: 'A commendation dossier by id; null if there is none, or it is a draft the caller may not see' })
  async proposal(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: CityContext): Promise<Proposal | null> {
    const key = proposalIdOf(id);
    return key === null ? null : visibleProposal(viewer, await loaders.proposalById.load(key));
  }

  @Query(() => ProposalConnection, { description: "Every dossier the filters keep, by id; drafts only for their proposer's office" })
  proposals(@Args() args: ProposalListArgs, @Ctx() { db, viewer }: CityContext): Promise<Connection<Proposal>> {
    const filter = proposalFilter(viewer, args);
    const query = db.getRepository(Proposal).createQueryBuilder('proposal').where('1 = 1');
    whereProposalFilter(query, 'proposal', filter);
    return pageOfQuery(query, ['id'], args);
  }

  @Query(() => ProposalConnection, {
    description:
      "The dossiers awaiting the board (SUBMITTED, UNDER_REVIEW), oldest submission first: every one for the CITY_ADMIN, its district's (the recipient's) for a DISTRICT_OFFICER, its cluster's for a CLUSTER_ADMIN",
  })
  reviewQueue(@Args() page: PageArgs, @Ctx() { db, viewer }: CityContext): Promise<Connection<Proposal>> {
    const caller = requireViewer(viewer);
    const query = db
      .getRepository(Proposal)
      .createQueryBuilder('proposal')
      .where('proposal.status IN (:...awaiting)', { awaiting: [...PROPOSAL_FLOW.awaitingReview] });
    if (caller.role === Role.DISTRICT_OFFICER) {
      query.andWhere('proposal.districtId = :district', { district: caller.district });
    } else if (caller.role === Role.CLUSTER_ADMIN) {
      query.andWhere('proposal.proposingLevel = :level AND proposal.proposerId = :cluster', { level: ProposingLevel.CLUSTER, cluster: caller.cluster });
    } else if (caller.role !== Role.CITY_ADMIN) {
      throw graphError('FORBIDDEN', `the review queue is for the city's board and the proposing offices; the token is a ${caller.role}`);
    }
    return pageOfQuery(query, ['submittedAt', 'id'], page);
  }
}
