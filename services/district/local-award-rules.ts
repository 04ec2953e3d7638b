import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { graphError } from '../core/errors';
import { lockRows } from '../core/locks';
import { initiativesRestedOn, judge, notEligible, ruleFor, type AwardRule, type RecipientKindName, type Verdict } from '../core/rules';
import type { AuditedWrite } from '../core/audit';
import { Initiative } from './entities/initiative';
import { RecordBook } from './eligibility/records';
import { rowsOfRecipients } from './eligibility/rows';
import { readsUnitCounts, widestWindow, windowOf } from './eligibility/window';
import { LocalAward } from './entities/local-award';
import { Person } from './entities/person';
import { Unit } from './entities/unit';

/** The titles and forms a district confers itself (Law 06/2022/QH15); the city confers the others. */
export const DISTRICT_AWARD_CODES = ['LDTT', 'CSTDCS', 'TTLDTT', 'GK'];

// LDTT and CSTDCS are individual titles, TTLDTT a collective's; a Giấy khen goes to either.
const HOLDERS: Record<string, { people: boolean; units: boolean }> = {
  LDTT: { people: true, units: false },
  CSTDCS: { people: true, units: false },
  TTLDTT: { people: false, units: true },
  GK: { people: true, units: true },
};

export interface Recipients {
  personIds: string[];
  unitIds: string[];
}

/** The fields a recipient is named by in a mutation's input (personId or personIds …). */
export interface RecipientFields {
  person: string;
  unit: string;
}

/** Refuses recipients the award type cannot go to, and a list naming one recipient twice. */
export function assertRecipientsFit(awardTypeCode: string, { personIds, unitIds }: Recipients, fields: RecipientFields): void {
  const holders = HOLDERS[awardTypeCode];
  if (personIds.length + unitIds.length === 0) {
    throw graphError('BAD_USER_INPUT', `name the recipients: ${fields.person} or ${fields.unit}`, { field: fields.person });
  }
  if (personIds.length && !holders.people) throw graphError('BAD_USER_INPUT', `${awardTypeCode} goes to units, not people`, { field: fields.person });
  if (unitIds.length && !holders.units) throw graphError('BAD_USER_INPUT', `${awardTypeCode} goes to people, not units`, { field: fields.unit });
  for (const [ids, field] of [[personIds, fields.person], [unitIds, fields.unit]] as const) {
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice) throw graphError('BAD_USER_INPUT', `${field} names ${twice} twice`, { field });
  }
}

/**
 * Locks the recipients' rows until the write commits. Every write of a recipient's awards takes
 * them first, so the checks below read what no concurrent write is changing: a CSTDCS and the
 * revocation of the LDTT it rests on cannot both pass.
 */
export async function lockRecipients(manager: EntityManager, { personIds, unitIds }: Recipients): Promise<void> {
  if (personIds.length) await lockRows(manager, Person, { id: In(personIds) });
  if (unitIds.length) await lockRows(manager, Unit, { id: In(unitIds) });
}

/**
 * The awards of one type and year the recipients hold in force: a recipient holds a title once a
 * year, and a revoked one holds nothing (it may be conferred again, and nothing rests on it).
 */
async function held(manager: EntityManager, districtId: string, year: number, awardTypeCode: string, { personIds, unitIds }: Recipients): Promise<LocalAward[]> {
  const where = { districtId, year, awardTypeCode, inForce: 1 as const };
  return manager.find(LocalAward, {
    where: [
      ...(personIds.length ? [{ ...where, personId: In(personIds) }] : []),
      ...(unitIds.length ? [{ ...where, unitId: In(unitIds) }] : []),
    ],
  });
}

/**
 * One award of a type per recipient and year (CONFLICT), checked inside the write's transaction,
 * after the recipients are locked.
 */
export async function assertNotHeld(
  manager: EntityManager,
  districtId: string,
  year: number,
  awardTypeCode: string,
  recipients: Recipients,
  fields: RecipientFields,
): Promise<void> {
  const [holder] = await held(manager, districtId, year, awardTypeCode, recipients);
  if (holder) {
    const [field, id] = holder.personId ? [fields.person, holder.personId] : [fields.unit, holder.unitId];
    throw graphError('CONFLICT', `${id} already holds ${awardTypeCode} for ${year} (award ${holder.id})`, { field, id, award: String(holder.id) });
  }
}

/** The rules of the award type in force for the year, per kind of recipient named; BAD_USER_INPUT where none applies. */
export function rulesFor(awardTypeCode: string, year: number, { personIds, unitIds }: Recipients): Array<{ kind: RecipientKindName; rule: AwardRule }> {
  const kinds: RecipientKindName[] = [...(personIds.length ? (['INDIVIDUAL'] as const) : []), ...(unitIds.length ? (['COLLECTIVE'] as const) : [])];
  return kinds.map((kind) => ({ kind, rule: ruleFor(awardTypeCode, year, kind).rule }));
}

/**
 * Judges every recipient against the rule in force for the year (services/core/rules), from the rows
 * the write's transaction reads after locking them, and refuses the whole decision with
 * NOT_ELIGIBLE, naming each recipient and failed condition, if one fails. The recipients are judged
 * in order, each counted in its unit once judged eligible: a quota (Decree 91's 15% of CSTDCS) holds
 * for the decision as a whole.
 */
export async function assertEligible(
  manager: EntityManager,
  districtId: string,
  year: number,
  awardTypeCode: string,
  recipients: Recipients,
  fields: RecipientFields,
): Promise<Verdict[]> {
  const rules = rulesFor(awardTypeCode, year, recipients);
  const window = widestWindow(rules.map(({ rule }) => windowOf(rule, year)));
  const unitCounts = rules.some(({ rule }) => readsUnitCounts(rule));
  const rows = await rowsOfRecipients(
    manager,
    { districtIds: [districtId], ...recipients },
    window,
    { people: true, units: true, districts: false, unitCounts },
  );
  const unitOf = new Map(rows.people.map((person) => [person.id, person.unitId]));
  // Every recipient's unit has a count of this award for the year, so that each one judged eligible adds to it.
  const counts = new Map(rows.unitTitleCounts.filter((count) => count.year === year && count.awardTypeCode === awardTypeCode).map((count) => [count.unitId, count]));
  for (const unitId of new Set(recipients.personIds.map((id) => unitOf.get(id)!))) {
    if (!counts.has(unitId)) {
      const count = { unitId, year, awardTypeCode, holders: 0 };
      counts.set(unitId, count);
      rows.unitTitleCounts.push(count);
    }
  }
  const book = new RecordBook(rows);
  const verdicts = [
    ...recipients.personIds.map((id) => {
      const verdict = judge(book.person(id)!, awardTypeCode, year);
      if (verdict.eligible) counts.get(unitOf.get(id)!)!.holders += 1;
      return verdict;
    }),
    ...recipients.unitIds.map((id) => judge(book.unit(id, year)!, awardTypeCode, year)),
  ];
  const refused = verdicts.find((verdict) => !verdict.eligible);
  if (refused) throw notEligible(verdicts, refused.recipientKind === 'INDIVIDUAL' ? fields.person : fields.unit);
  return verdicts;
}

/** Marks the initiatives the awards rest on as used for them, with audit rows: an initiative counts once. */
export async function useInitiatives(manager: EntityManager, verdicts: Verdict[], record: AuditedWrite['record']): Promise<void> {
  for (const fact of verdicts.flatMap(initiativesRestedOn)) {
    const before = await manager.findOneByOrFail(Initiative, { id: Number(fact.id) });
    const after = { ...before, usedForAwardCode: verdicts[0].awardType };
    await manager.update(Initiative, { id: before.id }, { usedForAwardCode: after.usedForAwardCode });
    record('Initiative', before.id, before, after);
  }
}

/**
 * Releases the initiatives a revoked award used, with audit rows: they count again for another
 * title. The district records only the code an initiative was used for, read as the holder's first
 * award of that code in or after the initiative's year (eligibility/records.ts): those read as this
 * award are its. Read before the award is marked revoked.
 */
export async function releaseInitiatives(manager: EntityManager, award: LocalAward, record: AuditedWrite['record']): Promise<void> {
  if (!award.personId) return;
  const [initiatives, awards] = await Promise.all([
    manager.find(Initiative, { where: { districtId: award.districtId, personId: award.personId, usedForAwardCode: award.awardTypeCode }, order: { id: 'ASC' } }),
    manager.find(LocalAward, { where: { districtId: award.districtId, personId: award.personId, awardTypeCode: award.awardTypeCode, inForce: 1 }, order: { year: 'ASC' } }),
  ]);
  for (const before of initiatives) {
    if (awards.find((held) => held.year >= before.year)?.id !== award.id) continue;
    await manager.update(Initiative, { id: before.id }, { usedForAwardCode: null });
    record('Initiative', before.id, before, { ...before, usedForAwardCode: null });
  }
}

/** An LDTT that a CSTDCS of the same person and year rests on cannot go first (NOT_ELIGIBLE). */
export async function assertRevocable(manager: EntityManager, award: LocalAward): Promise<void> {
  if (award.awardTypeCode !== 'LDTT' || !award.personId) return;
  const [dependent] = await held(manager, award.districtId, award.year, 'CSTDCS', { personIds: [award.personId], unitIds: [] });
  if (dependent) {
    throw graphError('NOT_ELIGIBLE', `the CSTDCS ${dependent.id} of ${award.personId} for ${award.year} rests on this LDTT: revoke it first`, {
      field: 'id',
      award: String(dependent.id),
    });
  }
}
