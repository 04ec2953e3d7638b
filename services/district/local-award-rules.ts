import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { graphError } from '../core/errors';
import { lockRows } from '../core/locks';
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

/** The awards of one type and year the recipients already hold: a recipient holds a title once a year. */
async function held(manager: EntityManager, districtId: string, year: number, awardTypeCode: string, { personIds, unitIds }: Recipients): Promise<LocalAward[]> {
  const where = { districtId, year, awardTypeCode };
  return manager.find(LocalAward, {
    where: [
      ...(personIds.length ? [{ ...where, personId: In(personIds) }] : []),
      ...(unitIds.length ? [{ ...where, unitId: In(unitIds) }] : []),
    ],
  });
}

/**
 * The rules an award of the district checks against its records, inside the write's transaction:
 * one award of a type per recipient and year (CONFLICT); a CSTDCS rests on the same year's LDTT
 * (NOT_ELIGIBLE).
 */
export async function assertConferrable(
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
  if (awardTypeCode === 'CSTDCS') {
    const ldtt = new Set((await held(manager, districtId, year, 'LDTT', { personIds: recipients.personIds, unitIds: [] })).map((award) => award.personId));
    const without = recipients.personIds.find((id) => !ldtt.has(id));
    if (without) {
      throw graphError('NOT_ELIGIBLE', `CSTDCS needs the same year's LDTT: ${without} holds no LDTT for ${year}`, { field: fields.person, id: without });
    }
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
