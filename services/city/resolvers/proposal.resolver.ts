import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { allowedActions, PROPOSAL_FLOW, type ProposalActionName, type ProposalStatusName } from '../../core/rules';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { AwardDecision } from '../entities/award-decision';
import { AwardType } from '../entities/award-type';
import { Cluster } from '../entities/cluster';
import { District } from '../entities/district';
import { Nomination } from '../entities/nomination';
import { Person } from '../entities/person';
import { Proposal, ProposingLevel } from '../entities/proposal';
import type { ProposalCondition } from '../entities/proposal-condition';
import { ProposalDocument } from '../entities/proposal-document';
import { ProposalTransition } from '../entities/proposal-transition';
import { ProposalVerdict } from '../entities/proposal-verdict';
import { Unit } from '../entities/unit';
import { proposalIdOf } from '../proposal-access';
import { visibleProposal } from '../proposal-filter';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The board's own steps: what `review` shows of the timeline. */
const REVIEW_ACTIONS: ReadonlySet<string> = new Set<ProposalActionName>(['START_REVIEW', 'APPROVE', 'RETURN', 'REJECT']);

@Resolver(() => Proposal)
export class ProposalResolver {
  @FieldResolver(() => AwardType, { description: 'The award proposed' })
  async awardType(@Root() proposal: Proposal, @Ctx() { loaders }: CityContext): Promise<AwardType> {
    // The foreign key guarantees the type exists.
    return (await loaders.awardTypeByCode.load(proposal.awardTypeCode))!;
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district the recipient is, or belongs to' })
  district(@Root() proposal: Proposal): District {
    return { id: proposal.districtId };
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The collective proposed; null for a person or a district as a whole' })
  unit(@Root() proposal: Proposal): Unit | null {
    return proposal.unitId === null ? null : { id: proposal.unitId };
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person proposed; null for a collective or a district' })
  person(@Root() proposal: Proposal): Person | null {
    return proposal.personId === null ? null : { id: proposal.personId };
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district whose emulation office proposed it; null when a cluster did' })
  proposingDistrict(@Root() proposal: Proposal): District | null {
    return proposal.proposingLevel === ProposingLevel.DISTRICT ? { id: proposal.proposerId } : null;
  }

  @FieldResolver(() => Cluster, { nullable: true, description: 'The cluster whose honouring vote proposed it; null when a district did' })
  proposingCluster(@Root() proposal: Proposal): Cluster | null {
    return proposal.proposingLevel === ProposingLevel.CLUSTER ? { id: proposal.proposerId } : null;
  }

  @FieldResolver(() => [ProposalDocument], { description: 'The documents it attaches, in their order' })
  documents(@Root() proposal: Proposal, @Ctx() { loaders }: CityContext): Promise<ProposalDocument[]> {
    return loaders.documentsOfProposal.load(proposal.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Whole days since it was submitted, while it awaits the board (SUBMITTED, UNDER_REVIEW); null otherwise' })
  daysWaiting(@Root() proposal: Proposal): number | null {
    if (!PROPOSAL_FLOW.awaitingReview.includes(proposal.status) || proposal.submittedAt === null) return null;
    return Math.max(0, Math.floor((Date.now() - Date.parse(proposal.submittedAt)) / DAY_MS));
  }

  @FieldResolver(() => ProposalVerdict, {
    nullable: true,
    description: 'The eligibility verdict captured when it was last submitted; null before, or where no rule version covers its year',
  })
  eligibility(@Root() proposal: Proposal): ProposalVerdict | null {
    if (proposal.verdictEligible === null || proposal.verdictConditions === null) return null;
    const conditions = JSON.parse(proposal.verdictConditions) as ProposalCondition[];
    return {
      // MySQL answers a boolean as 0 or 1.
      eligible: Boolean(proposal.verdictEligible),
      ruleVersion: proposal.verdictVersion!,
      judgedAt: proposal.verdictAt!,
      conditions,
      failed: conditions.filter((condition) => !condition.met).map((condition) => condition.code),
    };
  }

  @FieldResolver(() => [ProposalTransition], { description: 'Every step it took, oldest first' })
  timeline(@Root() proposal: Proposal, @Ctx() { loaders }: CityContext): Promise<ProposalTransition[]> {
    return loaders.timelineOfProposal.load(proposal.id);
  }

  @FieldResolver(() => ProposalTransition, { nullable: true, description: "The board's latest step (START_REVIEW, APPROVE, RETURN or REJECT); null before the board acted" })
  async review(@Root() proposal: Proposal, @Ctx() { loaders }: CityContext): Promise<ProposalTransition | null> {
    const timeline = await loaders.timelineOfProposal.load(proposal.id);
    return timeline.findLast((step) => REVIEW_ACTIONS.has(step.action)) ?? null;
  }

  @FieldResolver(() => Nomination, { nullable: true, description: "The cluster's nomination (honouring vote) it carries; null for a district's dossier" })
  nomination(@Root() proposal: Proposal): Nomination | null {
    return proposal.nominationId === null ? null : { id: proposal.nominationId };
  }

  @FieldResolver(() => Award, { nullable: true, description: 'The award its decision conferred; null until DECIDED' })
  award(@Root() proposal: Proposal, @Ctx() { loaders }: CityContext): Promise<Award | null> | null {
    return proposal.awardId === null ? null : loaders.awardById.load(proposal.awardId);
  }

  @FieldResolver(() => AwardDecision, { nullable: true, description: 'The decision that answered it; null until DECIDED' })
  async decision(@Root() proposal: Proposal, @Ctx() context: CityContext): Promise<AwardDecision | null> {
    const award = await this.award(proposal, context);
    return award?.decisionId == null ? null : context.loaders.decisionById.load(award.decisionId);
  }

  @FieldResolver(() => [String], { description: 'The actions the flow allows from its state (SUBMIT, START_REVIEW, …); whether the caller may take one depends on its role' })
  allowedActions(@Root() proposal: Proposal): ProposalActionName[] {
    return allowedActions(proposal.status as ProposalStatusName);
  }
}

/** A dossier by id; null for an unknown id, or a draft the caller may not see. */
export async function resolveProposalReference(reference: { id: string }, { loaders, viewer }: CityContext): Promise<Proposal | null> {
  const id = proposalIdOf(reference.id);
  return id === null ? null : visibleProposal(viewer, await loaders.proposalById.load(id));
}
