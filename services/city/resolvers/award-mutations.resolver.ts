import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { graphError } from '../../core/errors';
import { foldText } from '../../core/fold-text';
import { ENTERED, RevokeAwardArgs } from '../../core/inputs';
import type { CityContext } from '../context';
import { assertDecisionInput, assertNotHeld, cityAwardTypes, recipientKey } from '../decision-rules';
import { assertEligible } from '../eligibility-check';
import { Award } from '../entities/award';
import { AwardBasis } from '../../core/award-basis';
import { AwardDecision } from '../entities/award-decision';
import { IssueDecisionInput } from '../inputs/issue-decision.input';
import { defaultIssuingAuthority } from '../issuing-authority';
import { cityWrite } from '../writes';
import { revokeAwardRecord } from '../award-revocation';
import { IN_FORCE } from '../../core/revocation';
import { assertRecipientsKnown } from '../recipient-references';
import { answeredProposals, decideProposal } from '../proposal-decisions';

/** The city admin's decisions: conferring city and national awards, and revoking one. */
@Resolver()
export class AwardMutationsResolver {
  @Mutation(() => AwardDecision, {
    description:
      'Records a decision and every award it confers, all or nothing; the dossiers the awards answer move to DECIDED with it. NOT_ELIGIBLE for an award (not ad hoc) whose recipient does not meet the rule in force for its year, naming each failed condition; INVALID_TRANSITION for a dossier not APPROVED; CONFLICT for a number already recorded, an award its recipient holds for that year, or a dossier another decision answered meanwhile',
  })
  async issueDecision(@Arg('input', () => IssueDecisionInput, { description: 'The decision and its awards' }) input: IssueDecisionInput, @Ctx() context: CityContext): Promise<AwardDecision> {
    assertDecisionInput(input);
    await assertRecipientsKnown(context, input.awards);
    // The catalogue is reference data that no write changes: read before the rules are asked of the graph.
    const types = await cityAwardTypes(context.db.manager, input.awards);
    const issuingAuthority = input.issuingAuthority ?? defaultIssuingAuthority(types, context.city);
    if (!issuingAuthority) throw graphError('BAD_USER_INPUT', 'issuingAuthority is required for a decision conferring national awards', { field: 'issuingAuthority' });
    await answeredProposals(context.db.manager, input.awards, context.receivedAt, false);
    await assertEligible(context, input.awards);
    return cityWrite(context, 'issueDecision', async ({ manager, record }) => {
      if (await manager.existsBy(AwardDecision, { number: input.number })) {
        throw graphError('CONFLICT', `decision ${input.number} is already recorded`, { field: 'number' });
      }
      const proposals = await answeredProposals(manager, input.awards, context.receivedAt, true);
      await assertNotHeld(manager, input.awards);
      const fields = { number: input.number, foldedNumber: foldText(input.number), signedOn: input.signedOn, signer: input.signer, issuingAuthority, source: ENTERED };
      const decision: AwardDecision = { id: (await manager.insert(AwardDecision, fields)).identifiers[0].id, ...fields };
      record('AwardDecision', decision.id, null, decision);
      // One insert per award: each takes its own id, and a failure between two leaves nothing.
      for (const [index, award] of input.awards.entries()) {
        const proposal = proposals[index];
        const row: Omit<Award, 'id'> = {
          year: award.year,
          awardTypeCode: award.awardTypeCode,
          decisionId: decision.id,
          conferredBy: null,
          recipientKind: award.recipientKind,
          recipientName: award.recipientName,
          reason: award.reason ?? null,
          districtId: award.districtId,
          unitId: award.unitId ?? null,
          personId: award.personId ?? null,
          recipientKey: recipientKey(award),
          nominationId: proposal?.nominationId ?? null,
          proposalId: proposal?.id ?? null,
          source: ENTERED,
          basis: award.adHocReason ? AwardBasis.AD_HOC : AwardBasis.RULE,
          basisNote: award.adHocReason ?? null,
          ...IN_FORCE,
        };
        const id = (await manager.insert(Award, row)).identifiers[0].id;
        record('Award', id, null, { id, ...row });
        if (proposal) await decideProposal({ manager, record }, context.viewer!, proposal, id, input.number, context.receivedAt);
      }
      return decision;
    });
  }

  @Mutation(() => Award, {
    description:
      'Revokes an award (thu hồi): it keeps its record, REVOKED, with who revoked it, when, why and by which decision, and may be conferred again; CONFLICT if it is revoked already',
  })
  revokeAward(@Args() args: RevokeAwardArgs, @Ctx() context: CityContext): Promise<Award> {
    // cityWrite lets only a city admin's token this far.
    return cityWrite(context, 'revokeAward', (write) => revokeAwardRecord(write, args, context.viewer!.subject));
  }
}
