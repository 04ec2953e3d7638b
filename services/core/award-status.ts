import { registerEnumType } from 'type-graphql';

/** Whether an award stands: the district's titles and the city's awards alike. Official records are never deleted. */
export enum AwardStatus {
  CONFERRED = 'CONFERRED',
  /** Annulled (thu hồi): the row stays, with who revoked it, when, why and by which decision. */
  REVOKED = 'REVOKED',
}
registerEnumType(AwardStatus, {
  name: 'AwardStatus',
  description: 'CONFERRED, or REVOKED (annulled: the record stays, with who revoked it, when and why)',
});
