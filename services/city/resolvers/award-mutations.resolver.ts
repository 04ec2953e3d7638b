import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { graphError } from '../../core/errors';
import { ENTERED, RevokeAwardArgs } from '../../core/inputs';
import { lockRows } from '../../core/locks';
import type { CityContext } from '../context';
import { assertDecisionInput, assertNotHeld, cityAwardTypes, recipientKey } from '../decision-rules';
import { assertEligible } from '../eligibility-check';
import { Award } from '../entities/award';
import { AwardBasis } from '../../core/award-basis';
import { AwardDecision } from '../entities/award-decision';
import { IssueDecisionInput } from '../inputs/issue-decision.input';
import { defaultIssuingAuthority } from '../issuing-authority';
import { cityWrite } from '../writes';
import { assertRecipientsKnown } from '../recipient-references';

/** The city admin's decisions: conferring city and national awards, and revoking one. */
@Resolver()
export class AwardMutationsResolver {
  @Mutation(() => AwardDecision, {
    description:
      'Records a decision and every award it confers, all or nothing. NOT_ELIGIBLE for an award (not ad hoc) whose recipient does not meet the rule in force for its year, naming each failed condition; CONFLICT for a number already recorded, or an award its recipient holds for that year',
  })
  async issueDecision(@Arg('input', () => IssueDecisionInput, { description: 'The decision and its awards' }) input: IssueDecisionInput, @Ctx() context: CityContext): Promise<AwardDecision> {
    assertDecisionInput(input);
    await assertRecipientsKnown(context, input.awards);
    // The catalogue is reference data that no write changes: read before the rules are asked of the graph.
    const types = await cityAwardTypes(context.db.manager, input.awards);
    const issuingAuthority = input.issuingAuthority ?? defaultIssuingAuthority(types, context.city);
    if (!issuingAuthority) throw graphError('BAD_USER_INPUT', 'issuingAuthority is required for a decision conferring national awards', { field: 'issuingAuthority' });
    await assertEligible(context, input.awards);
    return cityWrite(context, 'issueDecision', async ({ manager, record }) => {
      if (await manager.existsBy(AwardDecision, { number: input.number })) {
        throw graphError('CONFLICT', `decision ${input.number} is already recorded`, { field: 'number' });
      }
      await assertNotHeld(manager, input.awards);
      const fields = { number: input.number, signedOn: input.signedOn, signer: input.signer, issuingAuthority, source: ENTERED };
      const decision: AwardDecision = { id: (await manager.insert(AwardDecision, fields)).identifiers[0].id, ...fields };
      record('AwardDecision', decision.id, null, decision);
      // One insert per award: each takes its own id, and a failure between two leaves nothing.
      for (const award of input.awards) {
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
          nominationId: award.nominationId ?? null,
          source: ENTERED,
          basis: award.adHocReason ? AwardBasis.AD_HOC : AwardBasis.RULE,
          basisNote: award.adHocReason ?? null,
        };
        const id = (await manager.insert(Award, row)).identifiers[0].id;
        record('Award', id, null, { id, ...row });
      }
      return decision;
    });
  }

  @Mutation(() => Award, { description: 'Revokes an award: it is deleted, and answered as it was; the audit log keeps it with the reason' })
  revokeAward(@Args() { id, reason }: RevokeAwardArgs, @Ctx() context: CityContext): Promise<Award> {
    return cityWrite(context, 'revokeAward', async ({ manager, record }) => {
      // Locked until commit: a second revocation of it waits, then finds nothing.
      const [award] = /^\d{1,15}$/.test(id) ? await lockRows(manager, Award, { id: Number(id) }) : [];
      if (!award) throw graphError('NOT_FOUND', `there is no award ${id}`, { field: 'id', id });
      await manager.delete(Award, { id: award.id });
      record('Award', award.id, award, { revoked: true, reason });
      return award;
    });
  }
}
