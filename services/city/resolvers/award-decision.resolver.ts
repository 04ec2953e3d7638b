import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, pageOfQuery, type Connection } from '../../core/connections';
import { assertYear } from '../../core/errors';
import { foldedSearchText, startsWith } from '../../core/fold-text';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { AwardConnection } from '../entities/award-connection';
import { AwardDecision } from '../entities/award-decision';
import { AwardDecisionConnection } from '../entities/award-decision-connection';
import { AwardDecisionListArgs } from '../entities/award-decision-list-args';
import { DecisionAwardsArgs } from '../entities/decision-awards-args';
import type { Proposal } from '../entities/proposal';
import { ProposalConnection } from '../entities/proposal-connection';

@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  @Query(() => AwardDecision, { nullable: true, description: 'A decision by its number as written (e.g. 1234/QĐ-UBND); null if there is none' })
  awardDecision(@Arg('number', () => String) number: string, @Ctx() { db }: CityContext): Promise<AwardDecision | null> {
    return db.getRepository(AwardDecision).findOneBy({ number });
  }

  @Query(() => AwardDecisionConnection, { description: 'The decisions conferring awards for achievements of a year (all if omitted), or whose number starts with a text, by signing date, then id' })
  awardDecisions(@Args() { year, number, ...page }: AwardDecisionListArgs, @Ctx() { db }: CityContext): Promise<Connection<AwardDecision>> {
    assertYear(year);
    const query = db.getRepository(AwardDecision).createQueryBuilder('decision').where('1 = 1');
    // idx_award_year leads with the year: the decisions of a year are found without reading other years' awards.
    if (year != null) query.andWhere('decision.id IN (SELECT award.decision_id FROM award award WHERE award.year = :year)', { year });
    // idx_award_decision_folded_number: the decisions of a number's start are one range of it.
    if (number != null) query.andWhere(...startsWith(db, 'decision.folded_number', 'number', foldedSearchText(number, 'number', 1)));
    return pageOfQuery(query, ['signedOn', 'id'], page);
  }

  @FieldResolver(() => ProposalConnection, { description: 'The dossiers it answered, in the order of their awards (by award id)' })
  async proposals(@Root() decision: AwardDecision, @Args() page: PageArgs, @Ctx() { loaders }: CityContext): Promise<Connection<Proposal>> {
    const answers = await loaders.answersOfDecision.load({ decisionId: decision.id }, page, true);
    // Each of these awards names its dossier, which the decision moved to DECIDED: public, never a draft.
    const proposals = async () => (await Promise.all((await answers.nodes).map((award) => loaders.proposalById.load(award.proposalId!)))) as Proposal[];
    return {
      get edges() {
        return Promise.all([answers.edges, proposals()]).then(([edges, nodes]) => edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })));
      },
      get nodes() {
        return proposals();
      },
      get pageInfo() {
        return answers.pageInfo;
      },
      get totalCount() {
        return answers.totalCount;
      },
    };
  }

  @FieldResolver(() => AwardConnection, { description: 'The awards it conferred, by id' })
  awards(@Root() decision: AwardDecision, @Args() args: DecisionAwardsArgs, @Ctx() { loaders }: CityContext): Promise<Connection<Award>> {
    return loaders.awardsOfDecision.load({ decisionId: decision.id }, args, { includeRevoked: args.includeRevoked });
  }
}
