import type { RecipientKind } from './entities/award-type';

/**
 * A recipient claimed for an award of a year: what a decision's award and a dossier both name, and
 * what a rule judges. A person has personId, a collective unitId, a district neither; each with the
 * district it is or belongs to.
 */
export interface RecipientClaim {
  awardTypeCode: string;
  year: number;
  recipientKind: RecipientKind;
  districtId: string;
  unitId?: string | null;
  personId?: string | null;
}
