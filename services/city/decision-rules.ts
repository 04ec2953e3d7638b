import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { assertIsoDate, assertYear, graphError } from '../core/errors';
import { Award } from './entities/award';
import { AwardLevel, AwardType, RecipientKind } from './entities/award-type';
import type { IssueDecisionInput } from './inputs/issue-decision.input';
import type { RecipientClaim } from './recipient-claim';

/** The id that names a recipient of each kind: a person, a unit, or the district itself. */
export const RECIPIENT_ID: Record<RecipientKind, 'personId' | 'unitId' | 'districtId'> = {
  [RecipientKind.INDIVIDUAL]: 'personId',
  [RecipientKind.COLLECTIVE]: 'unitId',
  [RecipientKind.DISTRICT]: 'districtId',
};

/** The recipient of an award as its row's recipient_key stores it, e.g. INDIVIDUAL:ba-dinh-p0001. */
export function recipientKey(award: Omit<RecipientClaim, 'awardTypeCode' | 'year'>): string {
  return `${award.recipientKind}:${award[RECIPIENT_ID[award.recipientKind]]}`;
}

/** One award of a type per recipient per year (a unique index on the award table): the key that tells two such awards apart. */
export function holdingKey(award: RecipientClaim): string {
  return [award.awardTypeCode, award.year, recipientKey(award)].join('/');
}

/** A person has personId, a collective unitId, a district neither: each kind its own ids, no other. */
export function assertRecipientIds(award: RecipientClaim, field: string): void {
  const wanted = RECIPIENT_ID[award.recipientKind];
  for (const id of ['personId', 'unitId'] as const) {
    if (id === wanted && !award[id]) throw graphError('BAD_USER_INPUT', `${field}.${id} is required for a ${award.recipientKind} recipient`, { field: `${field}.${id}` });
    if (id !== wanted && award[id]) throw graphError('BAD_USER_INPUT', `${field}.${id} must be absent for a ${award.recipientKind} recipient`, { field: `${field}.${id}` });
  }
}

/** What the input alone can tell: dates, years, recipients, and no award twice. */
export function assertDecisionInput(input: IssueDecisionInput): void {
  assertIsoDate(input.signedOn, 'signedOn');
  const signedYear = Number(input.signedOn.slice(0, 4));
  const seen = new Set<string>();
  input.awards.forEach((award, index) => {
    const field = `awards.${index}`;
    assertYear(award.year, `${field}.year`);
    // A decision honours achievements of its year or earlier, never of a year still to come.
    if (award.year > signedYear) throw graphError('BAD_USER_INPUT', `${field}.year ${award.year} is after the decision was signed (${input.signedOn})`, { field: `${field}.year` });
    assertRecipientIds(award, field);
    const key = holdingKey(award);
    if (seen.has(key)) throw graphError('CONFLICT', `${field} repeats an award of ${award.awardTypeCode} to the same recipient for ${award.year}`, { field });
    seen.add(key);
  });
}

/** The place of a claim in its input, for the errors: `awards.0` in a decision, `input` in a dossier. */
type FieldOf = (index: number) => string;
const awardField: FieldOf = (index) => `awards.${index}`;

/** The catalogue entry of each award: a CITY or NATIONAL type that the recipient's kind may receive. */
export async function cityAwardTypes(manager: EntityManager, awards: RecipientClaim[], fieldOf: FieldOf = awardField): Promise<AwardType[]> {
  const codes = [...new Set(awards.map((award) => award.awardTypeCode))];
  const byCode = new Map((await manager.findBy(AwardType, { code: In(codes) })).map((type) => [type.code, type]));
  return awards.map((award, index) => {
    const field = fieldOf(index);
    const type = byCode.get(award.awardTypeCode);
    if (!type) throw graphError('BAD_USER_INPUT', `${field}.awardTypeCode: the catalogue has no award type ${award.awardTypeCode}`, { field: `${field}.awardTypeCode` });
    if (type.level === AwardLevel.DISTRICT) {
      throw graphError('BAD_USER_INPUT', `${field}.awardTypeCode: ${type.code} is a district-level award; the district confers it`, { field: `${field}.awardTypeCode` });
    }
    if (!type.recipientKinds.includes(award.recipientKind)) {
      throw graphError('BAD_USER_INPUT', `${field}.recipientKind: ${type.code} goes to ${type.recipientKinds.join(' or ')}, not ${award.recipientKind}`, {
        field: `${field}.recipientKind`,
      });
    }
    return type;
  });
}

/** The holdings (holdingKey) among the claims that their recipients hold in force, in one statement. A revoked award holds nothing: it may be conferred again. */
export async function heldInForce(manager: EntityManager, awards: RecipientClaim[]): Promise<Set<string>> {
  // No condition at all would read every award.
  if (awards.length === 0) return new Set();
  const codes = [...new Set(awards.map((award) => award.awardTypeCode))];
  const years = [...new Set(awards.map((award) => award.year))];
  const where = Object.values(RecipientKind).flatMap((kind): Array<FindOptionsWhere<Award>> => {
    const ids = awards.filter((award) => award.recipientKind === kind).map((award) => award[RECIPIENT_ID[kind]]!);
    return ids.length ? [{ awardTypeCode: In(codes), year: In(years), recipientKind: kind, [RECIPIENT_ID[kind]]: In(ids), inForce: 1 }] : [];
  });
  return new Set((await manager.findBy(Award, where)).map(holdingKey));
}

/** Refuses an award its recipient already holds for that year (CONFLICT). */
export async function assertNotHeld(manager: EntityManager, awards: RecipientClaim[], fieldOf: FieldOf = awardField): Promise<void> {
  const held = await heldInForce(manager, awards);
  awards.forEach((award, index) => {
    if (held.has(holdingKey(award))) {
      throw graphError('CONFLICT', `${fieldOf(index)}: the recipient already holds ${award.awardTypeCode} for ${award.year}`, { field: fieldOf(index) });
    }
  });
}
