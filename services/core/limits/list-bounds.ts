import { PROPOSAL_FLOW } from '../rules/proposal-flow';
import { versionAwardTypes } from '../rules/select';
import { RULE_VERSIONS } from '../rules/versions';
import type { RecipientKindName } from '../rules/record';

/**
 * The most items each list of the graph can hold, for the cost of a query (limits/measure.ts).
 * A connection's page is its `first`; every other list is declared here, keyed `Type.field`, with
 * the reason it cannot grow past its bound. A bound the data may exceed (nothing in the database
 * caps a person's initiatives) still caps the cost: the request budget (limits/budget.ts) stops an
 * answer that grows past what its cost promised. test/unit/list-bounds.test.ts checks that every
 * list field of every schema in schema/ has a bound here.
 */

// The districts of a city: Hà Nội had 30, the most any city had. A cluster, a ranking, a
// year's PAR index and a year's standings are each at most one row per district.
const DISTRICTS = 64;
// The award catalogue (17 types in the migrations), with room for the ones a decree may add.
const AWARD_TYPES = 64;
// One row per year at most (a unique index on owner and year), and years run 1945 to 2100 (assertYear).
const YEARS = 156;
// The titles and forms a district confers (DISTRICT_AWARD_CODES in services/district/local-award-rules.ts),
// each at most once a year to one recipient (a unique index): raise it with the list.
const LOCAL_AWARD_TYPES = 4;
// What the inputs accept (ArrayMaxSize) where a list is written whole: criteria, contents, figures.
const INPUT_LIST = 100;
// A person's own records with no unique rule (initiatives, disciplines): far above any career's.
const PERSONAL_RECORDS = 100;
// A recipient holds an award of a type once a year (a unique index): its city and national awards.
const AWARDS_OF_RECIPIENT = AWARD_TYPES * YEARS;
// The city and national awards of a district, its units and its people over every year: no index caps
// them; the demo's largest district at --scale 10 holds a small fraction.
const AWARDS_OF_DISTRICT = 50_000;
// The conditions of a rule, and the branches of an ANY_OF or ALL_OF (services/core/rules): a handful each.
const RULE_CONDITIONS = 20;
// A verdict's conditions: the most any rule has is 5 (TTLDXS), the most branches of an ANY_OF or ALL_OF 2.
const VERDICT_CONDITIONS = 10;
// What one condition rests on: a period of at most 5 years in every rule version (a title, a rating,
// initiatives, disciplines a year), or the few prior awards of one type held before it (HOLDS_BEFORE).
// A page of 100 candidates with their evidence stays within the gateway's cost budget.
const EVIDENCE_ITEMS = 10;
// A recipient judged against every award type of its kind in a rule version (services/core/rules/select.ts).
const RULES_OF_KIND = (kind: RecipientKindName) => Math.max(...RULE_VERSIONS.map((version) => versionAwardTypes(version, kind).length));

export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.districts': DISTRICTS,
  'Query.clusters': DISTRICTS,
  'Query.cityRankings': DISTRICTS,
  'Query.parIndexRanking': DISTRICTS,
  'Query.rankingYears': YEARS,
  // The most years it answers at once (MAX_RANKING_SPAN in services/cluster/resolvers/city-ranking.resolver.ts).
  'Query.cityRankingHistory': 30,
  'CityRankingYear.rankings': DISTRICTS,
  'Query.awardTypes': AWARD_TYPES,
  // One rule per award type and recipient kind.
  'Query.awardRules': AWARD_TYPES * 3,

  'District.successors': 16,
  // A year's movements and targets, or every year's without one.
  'District.movements': 50,
  'District.targets': 50,
  'District.localAwardCounts': AWARD_TYPES,
  'District.parIndexHistory': YEARS,

  'Unit.ratings': YEARS,
  'Unit.localAwardRecords': LOCAL_AWARD_TYPES * YEARS,
  'Person.ratings': YEARS,
  'Person.initiatives': PERSONAL_RECORDS,
  'Person.disciplines': PERSONAL_RECORDS,
  // Unique per person, year and award type.
  'Person.localAwardRecords': LOCAL_AWARD_TYPES * YEARS,

  'Cluster.members': DISTRICTS,
  'Cluster.scoringTable': INPUT_LIST,
  // A member's score on each criterion.
  'Cluster.scores': DISTRICTS * INPUT_LIST,
  'Cluster.standings': DISTRICTS,
  'Cluster.nominations': DISTRICTS,
  'Cluster.nominationQuota': AWARD_TYPES,
  // A year's conferences, or every year's without one.
  'Cluster.conferences': 200,
  'FinalizedYear.standings': DISTRICTS,
  'FinalizedYear.nominations': DISTRICTS,
  'Conference.figures': INPUT_LIST,
  'Covenant.contents': INPUT_LIST,

  'AwardType.recipientKinds': 3,
  'AwardRule.recipientKinds': 3,
  'AwardRule.conditions': RULE_CONDITIONS,
  'RuleCondition.parts': RULE_CONDITIONS,
  // A verdict (services/district/eligibility), for one recipient or each of a page of candidates.
  'Eligibility.conditions': VERDICT_CONDITIONS,
  'EligibilityCondition.parts': VERDICT_CONDITIONS,
  'ConditionEvidence.years': EVIDENCE_ITEMS,
  'ConditionEvidence.awards': EVIDENCE_ITEMS,
  'ConditionEvidence.initiatives': EVIDENCE_ITEMS,
  'ConditionEvidence.ratings': EVIDENCE_ITEMS,
  'ConditionEvidence.disciplines': EVIDENCE_ITEMS,
  'Person.eligibilities': RULES_OF_KIND('INDIVIDUAL'),
  'Unit.eligibilities': RULES_OF_KIND('COLLECTIVE'),

  // The facts other levels send the district's eligibility rules (@requires of @inaccessible fields).
  'Person.cityAwardFacts': AWARDS_OF_RECIPIENT,
  'Unit.cityAwardFacts': AWARDS_OF_RECIPIENT,
  'District.cityAwardFacts': AWARDS_OF_RECIPIENT,
  'CandidateConnection.cityAwardFacts': AWARDS_OF_DISTRICT,
  // One a year: a district belongs to one cluster a year.
  'District.standingFacts': YEARS,
  'CandidateConnection.standingFacts': YEARS,
  // Every district's count of every type, and their groups by district, type or level.
  'AwardStatistics.localAwardCounts': DISTRICTS * AWARD_TYPES,
  'AwardStatistics.groups': Math.max(DISTRICTS, AWARD_TYPES),

  // A dossier (services/city/entities/proposal.ts): what its input accepts, the flow's actions, its
  // verdict's conditions. Its steps: 5 on the way to a decision and 4 more each time it is returned;
  // nothing caps the returns, and the request budget stops an answer past this bound.
  // The inputs accept 50 (MAX_PROPOSAL_DOCUMENTS).
  'Proposal.documents': 50,
  'Proposal.allowedActions': PROPOSAL_FLOW.actions.length,
  'Proposal.timeline': 100,
  'ProposalVerdict.conditions': VERDICT_CONDITIONS,
  'ProposalVerdict.failed': VERDICT_CONDITIONS,

  // A mutation answers the list it wrote: as long as its input allows, or the year's ranking.
  'Mutation.recordParIndex': DISTRICTS,
  'Mutation.removeParIndex': DISTRICTS,
  'Mutation.setMembership': 40,
  'Mutation.defineScoringTable': INPUT_LIST,
  'Mutation.submitScores': INPUT_LIST,
  'Mutation.setNominationQuota': 20,
  // A vote proposes one award per member district.
  'Mutation.fileNominations': DISTRICTS,
  // Up to 1000 people and 1000 units (MAX_RECIPIENTS).
  'Mutation.conferLocalAwards': 2000,
};

/** How a list field's items are counted: its declared bound, or its connection's page. */
export type ListBound = number | 'page';

/**
 * The bound of a list field of `typeName`. The `edges` and `nodes` of a connection hold its page,
 * which the connection field's `first` already counts. Undefined: the list has no bound.
 */
export function listBound(typeName: string, fieldName: string): ListBound | undefined {
  if (typeName.endsWith('Connection') && (fieldName === 'edges' || fieldName === 'nodes')) return 'page';
  return LIST_BOUNDS[`${typeName}.${fieldName}`];
}
