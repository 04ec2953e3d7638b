import { AwardStatus } from '../core/award-status';
import type { Award } from './entities/award';
import type { AwardFact } from './entities/award-fact';
import { RECIPIENT_ID } from './decision-rules';

/** An award row as a fact the eligibility rules read: its recipient by the id of its kind. */
function awardFact(award: Award): AwardFact {
  return { recipientKind: award.recipientKind, recipientId: award[RECIPIENT_ID[award.recipientKind]]!, awardTypeCode: award.awardTypeCode, year: award.year };
}

// By code unit, not by locale: the order must not depend on the server's language.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The awards in force as facts, oldest first, then by type and recipient: the same rows always
 * answer in the same order. A revoked award is no fact: the rules read it as never conferred.
 */
export function awardFacts(awards: Award[]): AwardFact[] {
  return awards
    .filter((award) => award.status === AwardStatus.CONFERRED)
    .sort((a, b) => a.year - b.year || byText(a.awardTypeCode, b.awardTypeCode) || byText(a.recipientKey, b.recipientKey))
    .map(awardFact);
}
