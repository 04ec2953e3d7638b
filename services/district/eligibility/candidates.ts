import { GraphQLError } from 'graphql';
import { connectionFromArray, DEFAULT_PAGE_SIZE, type Connection } from '../../core/connections';
import type { CandidateConnectionKey } from '../../core/candidate-connection-id';
import { compareCandidates, isEligible, judge, ruleFor, type AwardRule, type RecipientKindName, type RecipientRecord } from '../../core/rules';
import type { EligibleCandidate } from '../entities/eligible-candidate';
import type { DistrictLoaders } from '../loaders';
import { eligibilityOf } from './answer';
import { RecordBook, type OtherLevelFacts } from './records';
import { readsOf, readsUnitCounts, widestWindow, windowOf } from './window';

const KIND_ORDER: RecipientKindName[] = ['INDIVIDUAL', 'COLLECTIVE', 'DISTRICT'];

/**
 * The rules a candidate list applies: the one of the kind asked, or of every kind the award takes
 * (BK_TP goes to people, collectives and districts). Bad input is BAD_USER_INPUT, from ruleFor.
 */
export function candidateRules(awardType: string, year: number, kind: RecipientKindName | null): Array<{ kind: RecipientKindName; rule: AwardRule }> {
  if (kind) return [{ kind, rule: ruleFor(awardType, year, kind).rule }];
  const rules: Array<{ kind: RecipientKindName; rule: AwardRule }> = [];
  let refusal: unknown = null;
  for (const each of KIND_ORDER) {
    try {
      rules.push({ kind: each, rule: ruleFor(awardType, year, each).rule });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      refusal = error;
    }
  }
  if (rules.length === 0) throw refusal;
  return rules;
}

/**
 * What the order needs of an eligible recipient. Only this is kept of the thousands that may be
 * eligible: keeping their records through the request cost more in garbage collection than
 * building the page's records again.
 */
type Eligible = Pick<RecipientRecord, 'kind' | 'id' | 'gender'>;

// The cursor's order: the kinds in KIND_ORDER, then the tie rule (women first), then the id.
const sortKeyOf = (recipient: Eligible): Array<string | number> => [KIND_ORDER.indexOf(recipient.kind), recipient.gender === 'FEMALE' ? 0 : 1, recipient.id];
const inOrder = (a: Eligible, b: Eligible) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareCandidates(a, b);

/**
 * The page of a district's eligible recipients a CandidateConnection's id asks for, judged from the
 * whole district's rows in the rule's years (one loader batch: a fixed number of statements whatever
 * the district's size) and the other levels' facts of the whole district. The caller may read the
 * district's personal data (checked by the caller): the evidence is shown whole.
 */
export async function candidatePage(key: CandidateConnectionKey, facts: OtherLevelFacts, loaders: DistrictLoaders): Promise<Connection<EligibleCandidate>> {
  const rules = candidateRules(key.awardType, key.year, key.recipientKind as RecipientKindName | null);
  const kinds = new Set(rules.map(({ kind }) => kind));
  const rows = await loaders.districtRows.load({
    districtId: key.district,
    ...widestWindow(rules.map(({ rule }) => windowOf(rule, key.year))),
    needs: { people: kinds.has('INDIVIDUAL'), units: kinds.has('COLLECTIVE'), districts: kinds.has('DISTRICT'), unitCounts: rules.some(({ rule }) => readsUnitCounts(rule)) },
    reads: readsOf(rules.map(({ rule }) => rule), key.awardType, key.year),
  });
  const book = new RecordBook(rows, facts);
  // Everyone is judged for the verdict alone; only the page's candidates are judged again for their evidence.
  const eligible: Eligible[] = [];
  const consider = (record: RecipientRecord | null) => {
    if (record && isEligible(record, key.awardType, key.year)) eligible.push({ kind: record.kind, id: record.id, gender: record.gender });
  };
  if (kinds.has('INDIVIDUAL')) for (const person of rows.people) consider(book.person(person.id));
  if (kinds.has('COLLECTIVE')) for (const unit of rows.units) consider(book.unit(unit.id, key.year));
  if (kinds.has('DISTRICT')) consider(book.district(key.district));
  eligible.sort(inOrder);
  const page = connectionFromArray(eligible, { first: key.first ?? DEFAULT_PAGE_SIZE, after: key.after }, sortKeyOf);
  // Only the page's candidates are answered: their evidence is built, their people and units read.
  const recordOf = ({ kind, id }: Eligible) => (kind === 'INDIVIDUAL' ? book.person(id) : kind === 'COLLECTIVE' ? book.unit(id, key.year) : book.district(id))!;
  const candidateOf = (record: RecipientRecord): EligibleCandidate => ({
    recipientKind: record.kind,
    personId: record.kind === 'INDIVIDUAL' ? record.id : null,
    unitId: record.kind === 'COLLECTIVE' ? record.id : null,
    districtId: record.districtId,
    eligibility: eligibilityOf(judge(record, key.awardType, key.year), false),
  });
  const edges = page.edges.map(({ cursor, node }) => ({ cursor, node: candidateOf(recordOf(node)) }));
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo, totalCount: eligible.length };
}
