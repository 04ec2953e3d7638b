import { Arg, Args, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { auditedWrite, districtScope } from '../../core/audit';
import { assertClusterAdmin, assertDistrictWriter } from '../../core/authorization';
import { assertYear, graphError } from '../../core/errors';
import type { CityContext } from '../context';
import { assertNotHeld, assertRecipientIds, cityAwardTypes } from '../decision-rules';
import { Proposal, ProposingLevel } from '../entities/proposal';
import { AmendProposalInput } from '../inputs/amend-proposal.input';
import { ProposalReasonArgs } from '../inputs/proposal-reason.args';
import { ProposalStepArgs } from '../inputs/proposal-step.args';
import { ProposeAwardInput } from '../inputs/propose-award.input';
import { fileNominations } from '../nomination-dossiers';
import { assertDocuments, assertNoOpenDossier, createDossier, replaceDocuments } from '../proposal-creation';
import { flowStep, moveProposal } from '../proposal-moves';
import { AMEND_STEP } from '../proposal-steps';
import { capturedVerdict } from '../proposal-verdict-capture';
import { assertClaimsKnown } from '../recipient-references';

const INPUT = () => 'input';

/**
 * The dossiers' writes: the proposing office files, amends, submits and withdraws its dossiers;
 * the city's board reviews, approves, returns and rejects them (issueDecision decides them). Every
 * state a step reads and leads to is PROPOSAL_FLOW's (services/core/rules).
 */
@Resolver()
export class ProposalMutationsResolver {
  @Mutation(() => Proposal, {
    description:
      "A district officer files a dossier (DRAFT) for a city or national award to its district, one of its collectives or people. CONFLICT while another dossier for the recipient, type and year is open, or when the recipient holds that award",
  })
  async proposeAward(@Arg('input', () => ProposeAwardInput) input: ProposeAwardInput, @Ctx() context: CityContext): Promise<Proposal> {
    assertYear(input.year, 'input.year');
    const thisYear = new Date().getUTCFullYear();
    if (input.year > thisYear) throw graphError('BAD_USER_INPUT', `input.year ${input.year} has not ended: a dossier proposes an award for achievements of ${thisYear} or earlier`, { field: 'input.year' });
    assertRecipientIds(input, 'input');
    assertDocuments(input.documents, 'input.documents');
    const viewer = assertDistrictWriter(context.viewer, input.districtId);
    await cityAwardTypes(context.db.manager, [input], INPUT);
    await assertClaimsKnown(context, [input], INPUT);
    return auditedWrite(context, 'proposeAward', districtScope(input.districtId), async (write) => {
      await assertNoOpenDossier(write.manager, [input], INPUT);
      await assertNotHeld(write.manager, [input], INPUT);
      return createDossier(write, viewer, { ...input, proposingLevel: ProposingLevel.DISTRICT, proposerId: input.districtId }, input.documents ?? []);
    });
  }

  @Mutation(() => [Proposal], {
    description:
      "A cluster admin files its cluster-year's honouring vote: one DRAFT dossier per nomination that has none (and whose district does not hold the award already). Answers every dossier of the year's nominations",
  })
  async fileNominations(
    @Arg('clusterId', () => ID, { description: 'The cluster, e.g. III' }) clusterId: string,
    @Arg('year', () => Int, { description: 'The year of the vote' }) year: number,
    @Ctx() context: CityContext,
  ): Promise<Proposal[]> {
    assertYear(year);
    const viewer = assertClusterAdmin(context.viewer, clusterId);
    return fileNominations(context, viewer, clusterId, year);
  }

  @Mutation(() => Proposal, { description: 'The proposer changes a DRAFT or RETURNED dossier: its summary, ad hoc reason or documents (AMEND on the timeline, the state unchanged)' })
  async amendProposal(
    @Arg('id', () => ID, { description: 'The dossier' }) id: string,
    @Arg('input', () => AmendProposalInput) input: AmendProposalInput,
    @Ctx() context: CityContext,
  ): Promise<Proposal> {
    if (input.summary == null && input.adHocReason === undefined && input.documents == null) {
      throw graphError('BAD_USER_INPUT', 'input changes nothing: give summary, adHocReason or documents', { field: 'input' });
    }
    assertDocuments(input.documents, 'input.documents');
    const changes: Partial<Proposal> = { ...(input.summary != null && { summary: input.summary }), ...(input.adHocReason !== undefined && { adHocReason: input.adHocReason }) };
    return moveProposal(
      context,
      'amendProposal',
      id,
      AMEND_STEP,
      input.note ?? null,
      async () => changes,
      async (write, proposal) => {
        if (input.documents) await replaceDocuments(write, proposal.id, input.documents);
      },
    );
  }

  @Mutation(() => Proposal, { description: "The proposer files a DRAFT or RETURNED dossier with the city (SUBMITTED); the eligibility verdict of its year's rule is captured with it" })
  submitProposal(@Args() { id, note }: ProposalStepArgs, @Ctx() context: CityContext): Promise<Proposal> {
    return moveProposal(context, 'submitProposal', id, flowStep('SUBMIT', note), note ?? null, (proposal) => capturedVerdict(context, proposal));
  }

  @Mutation(() => Proposal, { description: 'The proposer withdraws a dossier not yet decided (WITHDRAWN): another may be opened for the recipient' })
  withdrawProposal(@Args() { id, note }: ProposalStepArgs, @Ctx() context: CityContext): Promise<Proposal> {
    return moveProposal(context, 'withdrawProposal', id, flowStep('WITHDRAW', note), note ?? null);
  }

  @Mutation(() => Proposal, { description: "The city's board takes a SUBMITTED dossier into review (UNDER_REVIEW, thẩm định). CITY_ADMIN only" })
  startReview(@Args() { id, note }: ProposalStepArgs, @Ctx() context: CityContext): Promise<Proposal> {
    return moveProposal(context, 'startReview', id, flowStep('START_REVIEW', note), note ?? null);
  }

  @Mutation(() => Proposal, { description: 'The board approves a dossier under review (APPROVED): a decision may confer its award. CITY_ADMIN only' })
  approveProposal(@Args() { id, note }: ProposalStepArgs, @Ctx() context: CityContext): Promise<Proposal> {
    return moveProposal(context, 'approveProposal', id, flowStep('APPROVE', note), note ?? null);
  }

  @Mutation(() => Proposal, { description: 'The board returns a dossier under review for more evidence (RETURNED), saying why; the proposer may amend and submit it again. CITY_ADMIN only' })
  returnProposal(@Args() { id, note }: ProposalReasonArgs, @Ctx() context: CityContext): Promise<Proposal> {
    return moveProposal(context, 'returnProposal', id, flowStep('RETURN', note), note);
  }

  @Mutation(() => Proposal, { description: 'The board rejects a dossier under review (REJECTED), saying why: another may be opened for the recipient. CITY_ADMIN only' })
  rejectProposal(@Args() { id, note }: ProposalReasonArgs, @Ctx() context: CityContext): Promise<Proposal> {
    return moveProposal(context, 'rejectProposal', id, flowStep('REJECT', note), note);
  }
}
