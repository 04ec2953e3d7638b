import { isEligible, judge, RULE_VERSIONS, type RatingName, type RecipientRecord } from '../../../services/core/rules';
import { collective, discipline, district, initiative, members, person, target } from './records';

/**
 * isEligible is the first pass of a candidate list over a whole district (the verdict without its
 * evidence, stopping at the first condition not met): it must agree with judge(...).eligible for
 * every rule of every version, on records near every rule's thresholds.
 */

// A small deterministic generator, so a failure names a seed that reproduces it.
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const some = <T>(items: readonly T[], chance: number): T[] => items.filter(() => next() < chance);
  return { next, pick, some };
}

const RATINGS: RatingName[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];
const TITLES = ['LDTT', 'CSTDCS', 'CSTD_TP', 'BK_TP', 'BK_TTG', 'CO_TP'];

function recordFor(kind: RecipientRecord['kind'], year: number, seed: number): RecipientRecord {
  const { next, pick, some } = random(seed);
  const years = Array.from({ length: 8 }, (_, index) => year - 7 + index);
  const chance = next();
  if (kind === 'INDIVIDUAL') {
    return person({
      gender: pick(['MALE', 'FEMALE', null] as const),
      awards: Object.fromEntries(TITLES.map((code) => [code, some(years, chance)])),
      ratings: Object.fromEntries(some(years, 0.9).map((each) => [each, next() < chance ? 'EXCELLENT' : pick(RATINGS)])),
      initiatives: some(years, chance).map((each) => initiative(each, pick(['GRASSROOTS', 'CITY', 'NATIONAL'] as const), next() < 0.3 ? pick(TITLES) : null, next() < 0.5 ? each : null)),
      disciplines: next() < 0.2 ? [discipline(`${pick(years)}-03-01`, `${pick(years)}-09-30`)] : [],
      unitCounts: { [year]: { LDTT: Math.floor(next() * 40), CSTDCS: Math.floor(next() * 8) } },
    });
  }
  if (kind === 'COLLECTIVE') {
    const total = 1 + Math.floor(next() * 12);
    return collective(
      year,
      next() < 0.8 ? pick(RATINGS) : null,
      members({ total, ldtt: Math.floor(next() * (total + 1)), cstdcs: Math.floor(next() * 2), rating: next() < 0.7 ? 'GOOD' : pick([...RATINGS, null]) }),
    );
  }
  return district({
    standings: next() < 0.8 ? [{ year, clusterId: 'cluster-1', rank: 1 + Math.floor(next() * 3), members: 6 }] : [],
    targets: some([100, 200, 300], 0.7).map((planned) => target(year, planned, next() < 0.9 ? planned + Math.floor(next() * 21) - 5 : null)),
    awards: { CO_TP: some(years, chance) },
  });
}

describe('isEligible agrees with judge', () => {
  // The records must decide both ways, or the agreement says little.
  const decidedBothWays = new Set<string>();
  // Every rule whose conditions read the record (28 over the two versions) is met by some and not by others.
  afterAll(() => expect(decidedBothWays.size).toBeGreaterThanOrEqual(28));

  const cases = RULE_VERSIONS.flatMap((version) => {
    const year = Number(version.inForceFrom.slice(0, 4)) + 1;
    return version.rules.flatMap((rule) => rule.recipientKinds.map((kind) => [version.id, rule.awardType, kind, year] as const));
  });

  test.each(cases)('%s %s to a %s (%i): 300 records', (_, awardType, kind, year) => {
    let eligible = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const record = recordFor(kind, year, seed);
      const verdict = judge(record, awardType, year);
      expect([seed, isEligible(record, awardType, year)]).toEqual([seed, verdict.eligible]);
      if (verdict.eligible) eligible += 1;
    }
    if (eligible > 0 && eligible < 300) decidedBothWays.add(`${awardType} ${kind} ${year}`);
  });
});
