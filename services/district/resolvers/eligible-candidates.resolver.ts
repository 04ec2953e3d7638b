import { Args, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { candidateConnectionId, parseCandidateConnectionId } from '../../core/candidate-connection-id';
import { assertPageSize, PageInfo, type Connection } from '../../core/connections';
import { graphError } from '../../core/errors';
import type { DistrictContext } from '../context';
import { CITY_AWARD_FACTS } from '../entities/award-fact';
import { CandidateConnection } from '../entities/candidate-connection';
import type { EligibleCandidate } from '../entities/eligible-candidate';
import { EligibleCandidateEdge } from '../entities/eligible-candidate-edge';
import { EligibleCandidatesArgs } from '../entities/eligible-candidates-args';
import { STANDING_FACTS } from '../entities/standing-fact';
import { assertCandidateReader } from '../eligibility/candidate-reader';
import { candidatePage, candidateRules } from '../eligibility/candidates';
import { otherLevelFacts } from '../eligibility/other-level-facts';

const REQUIRES_FACTS = `@requires(fields: "${CITY_AWARD_FACTS} ${STANDING_FACTS}")`;

/** The page a connection's id asks for, judged once per request however many of its fields are asked. */
function pageOf(connection: CandidateConnection, { loaders }: DistrictContext): Promise<Connection<EligibleCandidate>> {
  let page = loaders.candidatePages.get(connection.id);
  if (!page) {
    const facts = {
      cityAwardFacts: otherLevelFacts(connection.cityAwardFacts, 'cityAwardFacts', 'city'),
      standingFacts: otherLevelFacts(connection.standingFacts, 'standingFacts', 'cluster'),
    };
    page = candidatePage(parseCandidateConnectionId(connection.id), facts, loaders);
    loaders.candidatePages.set(connection.id, page);
  }
  return page;
}

@Resolver(() => CandidateConnection)
export class EligibleCandidatesResolver {
  @Query(() => CandidateConnection, {
    nullable: true,
    description:
      'The recipients of a district who meet the rule of an award type for a year, with their evidence: women first among equals (the tie rule), then by id. For a DISTRICT_OFFICER of the district or the CITY_ADMIN.',
  })
  async eligibleCandidates(@Args() args: EligibleCandidatesArgs, @Ctx() { viewer, loaders }: DistrictContext): Promise<CandidateConnection> {
    candidateRules(args.awardType, args.year, args.recipientKind ?? null);
    assertPageSize(args.first);
    assertCandidateReader(viewer, args.district);
    if (!(await loaders.districtById.load(args.district))) throw graphError('NOT_FOUND', `district: there is no District ${args.district}`, { argument: 'district', id: args.district });
    const { awardType, year, district, first } = args;
    return { id: candidateConnectionId({ awardType, year, district, recipientKind: args.recipientKind ?? null, first, after: args.after ?? null }) };
  }

  @Directive(REQUIRES_FACTS)
  @FieldResolver(() => [EligibleCandidateEdge], { nullable: true, description: 'The candidates of the page, each with its cursor' })
  async edges(@Root() connection: CandidateConnection, @Ctx() context: DistrictContext): Promise<Array<{ cursor: string; node: EligibleCandidate }>> {
    return (await pageOf(connection, context)).edges;
  }

  @Directive(REQUIRES_FACTS)
  @FieldResolver(() => PageInfo, { nullable: true })
  async pageInfo(@Root() connection: CandidateConnection, @Ctx() context: DistrictContext): Promise<PageInfo> {
    return (await pageOf(connection, context)).pageInfo;
  }

  @Directive(REQUIRES_FACTS)
  @FieldResolver(() => Int, { nullable: true, description: 'How many recipients of the district meet the rule, on every page' })
  async totalCount(@Root() connection: CandidateConnection, @Ctx() context: DistrictContext): Promise<number> {
    return (await pageOf(connection, context)).totalCount;
  }
}

/**
 * The gateway brings the connection back with the other levels' facts; the caller is checked again
 * here, since a representation can be sent to `_entities` directly.
 */
export function resolveCandidateConnectionReference(reference: CandidateConnection & Record<string, unknown>, { viewer }: DistrictContext): CandidateConnection {
  assertCandidateReader(viewer, parseCandidateConnectionId(reference.id).district);
  return reference;
}
