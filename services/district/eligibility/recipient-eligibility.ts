import { canReadPersonalData } from '../../core/authorization';
import { judge, ruleAwardTypesFor, ruleFor, type RecipientKindName } from '../../core/rules';
import type { DistrictContext } from '../context';
import type { EligibilityArgs } from '../entities/eligibility-args';
import type { Eligibility } from '../entities/eligibility';
import { eligibilityOf } from './answer';
import { RecordBook, type OtherLevelFacts } from './records';
import { readsUnitCounts, widestWindow, windowOf } from './window';

type Recipient = { id: string; districtId: string };

/**
 * One recipient's record judged against the rules in force for a year of the given award types: its
 * rows come through the request's loader (batched with every other recipient the request judges),
 * read once over the widest window of those rules, so judging more types costs no more statements;
 * the other levels' facts come from the representation. Ratings and disciplines are withheld from a
 * caller who may not read the district's personal data; a district's own record holds none.
 */
async function judgeRecipient(
  { loaders, viewer }: DistrictContext,
  kind: RecipientKindName,
  recipient: Recipient,
  awardTypes: string[],
  year: number,
  facts: () => OtherLevelFacts,
): Promise<Eligibility[]> {
  // The rules first, then the facts the gateway sent: bad input is refused before anything is read.
  const rules = awardTypes.map((awardType) => ruleFor(awardType, year, kind).rule);
  const given = facts();
  if (rules.length === 0) return [];
  const rows = await loaders.recipientRows.load({
    districtId: recipient.districtId,
    kind,
    id: recipient.id,
    ...widestWindow(rules.map((rule) => windowOf(rule, year))),
    unitCounts: rules.some(readsUnitCounts),
  });
  const book = new RecordBook(rows, given);
  // The recipient was loaded before its field, so the rows read by its id hold it.
  const record = kind === 'INDIVIDUAL' ? book.person(recipient.id) : kind === 'COLLECTIVE' ? book.unit(recipient.id, year) : book.district(recipient.id);
  const withhold = kind !== 'DISTRICT' && !canReadPersonalData(viewer, recipient.districtId);
  return awardTypes.map((awardType) => eligibilityOf(judge(record!, awardType, year), withhold));
}

/** A recipient's record against the rule in force of one award type. */
export async function recipientEligibility(
  context: DistrictContext,
  kind: RecipientKindName,
  recipient: Recipient,
  args: EligibilityArgs,
  facts: () => OtherLevelFacts,
): Promise<Eligibility> {
  const [eligibility] = await judgeRecipient(context, kind, recipient, [args.awardType], args.year, facts);
  return eligibility;
}

/**
 * A recipient's record against every award type the version in force for the year has a rule for
 * its kind, in the version's order (ruleAwardTypesFor), whether eligible or not.
 */
export async function recipientEligibilities(
  context: DistrictContext,
  kind: RecipientKindName,
  recipient: Recipient,
  year: number,
  facts: () => OtherLevelFacts,
): Promise<Eligibility[]> {
  return judgeRecipient(context, kind, recipient, ruleAwardTypesFor(year, kind), year, facts);
}
