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

export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.districts': DISTRICTS,
  'Query.clusters': DISTRICTS,
  'Query.cityRankings': DISTRICTS,
  'Query.parIndexRanking': DISTRICTS,
  'Query.awardTypes': AWARD_TYPES,

  'District.successors': 16,
  // A year's movements and targets, or every year's without one.
  'District.movements': 50,
  'District.targets': 50,
  'District.localAwardCounts': AWARD_TYPES,

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
  // Every district's count of every type, and their groups by district, type or level.
  'AwardStatistics.localAwardCounts': DISTRICTS * AWARD_TYPES,
  'AwardStatistics.groups': Math.max(DISTRICTS, AWARD_TYPES),

  // A mutation answers the list it wrote: as long as its input allows, or the year's ranking.
  'Mutation.recordParIndex': DISTRICTS,
  'Mutation.removeParIndex': DISTRICTS,
  'Mutation.setMembership': 40,
  'Mutation.defineScoringTable': INPUT_LIST,
  'Mutation.submitScores': INPUT_LIST,
  'Mutation.setNominationQuota': 20,
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
