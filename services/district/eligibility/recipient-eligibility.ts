import { canReadPersonalData } from '../../core/authorization';
import { judge, ruleFor, type RecipientKindName } from '../../core/rules';
import type { DistrictContext } from '../context';
import type { EligibilityArgs } from '../entities/eligibility-args';
import type { Eligibility } from '../entities/eligibility';
import { eligibilityOf } from './answer';
import { RecordBook, type OtherLevelFacts } from './records';
import { readsUnitCounts, windowOf } from './window';

/**
 * One recipient's record judged against the rule in force: its rows come through the request's
 * loader (batched with every other recipient the request judges), the other levels' facts from the
 * representation. Ratings and disciplines are withheld from a caller who may not read the
 * district's personal data; a district's own record holds none.
 */
export async function recipientEligibility(
  { loaders, viewer }: DistrictContext,
  kind: RecipientKindName,
  recipient: { id: string; districtId: string },
  args: EligibilityArgs,
  facts: () => OtherLevelFacts,
): Promise<Eligibility> {
  // The rule first, then the facts the gateway sent: bad input is refused before anything is read.
  const { rule } = ruleFor(args.awardType, args.year, kind);
  const given = facts();
  const rows = await loaders.recipientRows.load({
    districtId: recipient.districtId,
    kind,
    id: recipient.id,
    ...windowOf(rule, args.year),
    unitCounts: readsUnitCounts(rule),
  });
  const book = new RecordBook(rows, given);
  // The recipient was loaded before its field, so the rows read by its id hold it.
  const record = kind === 'INDIVIDUAL' ? book.person(recipient.id) : kind === 'COLLECTIVE' ? book.unit(recipient.id, args.year) : book.district(recipient.id);
  const withhold = kind !== 'DISTRICT' && !canReadPersonalData(viewer, recipient.districtId);
  return eligibilityOf(judge(record!, args.awardType, args.year), withhold);
}
