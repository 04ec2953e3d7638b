import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite, districtScope } from '../../core/audit';
import { assertIsoDate, assertYear } from '../../core/errors';
import { lockRows } from '../../core/locks';
import { ENTERED, RevokeAwardArgs } from '../../core/inputs';
import { assertInForce, IN_FORCE, revoked } from '../../core/revocation';
import type { DistrictContext } from '../context';
import { LocalAward } from '../entities/local-award';
import { Person } from '../entities/person';
import { Unit } from '../entities/unit';
import type { AwardDecisionInput } from '../inputs/award-decision.input';
import { ConferLocalAwardInput } from '../inputs/confer-local-award.input';
import { ConferLocalAwardsInput } from '../inputs/confer-local-awards.input';
import { AwardBasis } from '../../core/award-basis';
import {
  assertEligible,
  assertNotHeld,
  assertRecipientsFit,
  assertRevocable,
  lockRecipients,
  releaseInitiatives,
  rulesFor,
  useInitiatives,
  type RecipientFields,
  type Recipients,
} from '../local-award-rules';
import { assertOneHolder, rowToWrite, rowsToWrite } from '../writes';

/**
 * One decision conferring an award on its recipients, all of them or none: validated (the award
 * type must have a rule in force for the year, for each kind of recipient named), authorized for
 * every recipient, checked against the district's records under that rule and written with an
 * audit row each. With an `adHocReason` the award is AD_HOC (khen thưởng đột xuất): the history
 * rule is not checked, the reason is recorded.
 */
async function confer(
  context: DistrictContext,
  operation: string,
  decision: AwardDecisionInput,
  recipients: Recipients,
  fields: RecipientFields,
): Promise<LocalAward[]> {
  assertYear(decision.year);
  assertIsoDate(decision.decidedOn, 'decidedOn');
  assertRecipientsFit(decision.awardTypeCode, recipients, fields);
  rulesFor(decision.awardTypeCode, decision.year, recipients);
  const people = await rowsToWrite(context, Person, recipients.personIds, fields.person);
  const units = await rowsToWrite(context, Unit, recipients.unitIds, fields.unit);
  // Every recipient is of the officer's district: the authorization above made sure.
  const districtId = [...people, ...units][0].districtId;
  const adHocReason = decision.adHocReason ?? null;
  return auditedWrite(context, operation, districtScope(districtId), async ({ manager, record }) => {
    // The recipients' rows stay locked until commit: no award of theirs is conferred or revoked meanwhile.
    await lockRecipients(manager, recipients);
    await assertNotHeld(manager, districtId, decision.year, decision.awardTypeCode, recipients, fields);
    if (adHocReason === null) await useInitiatives(manager, await assertEligible(manager, districtId, decision.year, decision.awardTypeCode, recipients, fields), record);
    const decided = {
      districtId,
      year: decision.year,
      awardTypeCode: decision.awardTypeCode,
      decisionNumber: decision.decisionNumber ?? null,
      decidedOn: decision.decidedOn ?? null,
      source: ENTERED,
      basis: adHocReason === null ? AwardBasis.RULE : AwardBasis.AD_HOC,
      basisNote: adHocReason,
      ...IN_FORCE,
    };
    const holders = [...people.map((person) => ({ personId: person.id, unitId: null })), ...units.map((unit) => ({ personId: null, unitId: unit.id }))];
    const awards: LocalAward[] = [];
    // One insert a recipient: each gets its id back, on every database.
    for (const holder of holders) {
      const fieldsOfAward = { ...decided, ...holder };
      const { identifiers } = await manager.insert(LocalAward, fieldsOfAward);
      const award: LocalAward = { id: Number(identifiers[0].id), ...fieldsOfAward };
      record('LocalAward', award.id, null, award);
      awards.push(award);
    }
    return awards;
  });
}

const listed = (id: string | null | undefined): string[] => (id ? [id] : []);

/** A district officer's award decisions: the titles and forms the district confers, and their revocation. */
@Resolver()
export class AwardMutationsResolver {
  @Mutation(() => LocalAward, { description: 'Confers a title or form of the district on one of its people or units' })
  async conferLocalAward(@Arg('input', () => ConferLocalAwardInput, { description: 'The award' }) input: ConferLocalAwardInput, @Ctx() context: DistrictContext): Promise<LocalAward> {
    assertOneHolder(input);
    const [award] = await confer(context, 'conferLocalAward', input, { personIds: listed(input.personId), unitIds: listed(input.unitId) }, { person: 'personId', unit: 'unitId' });
    return award;
  }

  @Mutation(() => [LocalAward], { description: 'One decision conferring a title or form on many people or units of the district: all of them or, on any error, none' })
  conferLocalAwards(@Arg('input', () => ConferLocalAwardsInput, { description: 'The decision and its recipients' }) input: ConferLocalAwardsInput, @Ctx() context: DistrictContext): Promise<LocalAward[]> {
    return confer(context, 'conferLocalAwards', input, { personIds: input.personIds ?? [], unitIds: input.unitIds ?? [] }, { person: 'personIds', unit: 'unitIds' });
  }

  @Mutation(() => LocalAward, {
    description:
      'Revokes a title or form of the district (thu hồi): it keeps its record, REVOKED, with who revoked it, when, why and by which decision, and may be conferred again; the initiatives it used count again. CONFLICT if it is revoked already',
  })
  async revokeLocalAward(@Args() { id, reason, decisionNumber }: RevokeAwardArgs, @Ctx() context: DistrictContext): Promise<LocalAward> {
    const row = await rowToWrite(context, LocalAward, id, 'id');
    return auditedWrite(context, 'revokeLocalAward', districtScope(row.districtId), async ({ manager, record }) => {
      await lockRecipients(manager, { personIds: listed(row.personId), unitIds: listed(row.unitId) });
      // Read again under the recipient's lock: a second revocation of it waits, then finds it revoked.
      const [award] = await lockRows(manager, LocalAward, { id: row.id, districtId: row.districtId });
      assertInForce(award);
      await assertRevocable(manager, award);
      await releaseInitiatives(manager, award, record);
      const revocation = revoked(context.viewer!.subject, reason, decisionNumber);
      await manager.update(LocalAward, { id: award.id, districtId: award.districtId }, revocation);
      const after: LocalAward = { ...award, ...revocation };
      record('LocalAward', award.id, award, after);
      return after;
    });
  }
}
