import { GraphQLError } from 'graphql';
import { judge, ruleAwardTypes, ruleFor, RULE_VERSIONS, versionInForce } from '../../../services/core/rules';
import { person } from './records';

/** The award catalogue (services/city/seed/catalogue.ts): every type has a rule in every version. */
const CATALOGUE: Array<[string, string[]]> = [
  ['LDTT', ['INDIVIDUAL']],
  ['CSTDCS', ['INDIVIDUAL']],
  ['TTLDTT', ['COLLECTIVE']],
  ['GK', ['INDIVIDUAL', 'COLLECTIVE']],
  ['CSTD_TP', ['INDIVIDUAL']],
  ['TTLDXS', ['COLLECTIVE']],
  ['CO_TP', ['COLLECTIVE', 'DISTRICT']],
  ['BK_TP', ['INDIVIDUAL', 'COLLECTIVE', 'DISTRICT']],
  ['CSTD_TQ', ['INDIVIDUAL']],
  ['CO_CP', ['COLLECTIVE', 'DISTRICT']],
  ['BK_TTG', ['INDIVIDUAL', 'COLLECTIVE']],
  ['HCLD_1', ['INDIVIDUAL', 'COLLECTIVE']],
  ['HCLD_2', ['INDIVIDUAL', 'COLLECTIVE']],
  ['HCLD_3', ['INDIVIDUAL', 'COLLECTIVE']],
  ['HCDL_1', ['COLLECTIVE']],
  ['HCDL_2', ['COLLECTIVE']],
  ['HCDL_3', ['COLLECTIVE']],
];

function badInput(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return error as GraphQLError;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('choosing the rule', () => {
  test.each([
    [2013, null],
    [2014, 'DECREE_91_2017'],
    [2017, 'DECREE_91_2017'],
    [2023, 'DECREE_91_2017'],
    [2024, 'LAW_06_2022'],
    [2100, 'LAW_06_2022'],
    [2101, null],
    [Number.NaN, null],
    [2024.5, null],
  ])('the year %i is judged under %p (the version in force on 31 December)', (year, id) => {
    expect(versionInForce(year)?.id ?? null).toBe(id);
  });

  test('versions follow each other without gap or overlap, oldest first', () => {
    for (let index = 1; index < RULE_VERSIONS.length; index += 1) {
      const previousEnd = new Date(`${RULE_VERSIONS[index - 1].inForceTo}T00:00:00Z`);
      previousEnd.setUTCDate(previousEnd.getUTCDate() + 1);
      expect(previousEnd.toISOString().slice(0, 10)).toBe(RULE_VERSIONS[index].inForceFrom);
    }
    expect(RULE_VERSIONS[RULE_VERSIONS.length - 1].inForceTo).toBeNull();
  });

  test.each(RULE_VERSIONS.map((version) => [version.id, version] as const))('%s has a rule for every award type and recipient kind of the catalogue, and no other', (_, version) => {
    const pairs = version.rules.flatMap((rule) => rule.recipientKinds.map((kind) => `${rule.awardType}:${kind}`)).sort();
    expect(pairs).toEqual(CATALOGUE.flatMap(([code, kinds]) => kinds.map((kind) => `${code}:${kind}`)).sort());
  });

  test('ruleAwardTypes lists the catalogue', () => {
    expect([...ruleAwardTypes()].sort()).toEqual(CATALOGUE.map(([code]) => code).sort());
  });

  test('every condition has a code, a Vietnamese and an English description; codes are unique within a rule', () => {
    for (const version of RULE_VERSIONS) {
      for (const rule of version.rules) {
        const codes: string[] = [];
        const walk = (conditions: typeof rule.conditions) => {
          for (const condition of conditions) {
            expect(condition.code).toMatch(/^[A-Z0-9_]+$/);
            expect(condition.vi.length).toBeGreaterThan(10);
            expect(condition.en.length).toBeGreaterThan(10);
            codes.push(condition.code);
            if (condition.kind === 'ANY_OF' || condition.kind === 'ALL_OF') walk(condition.of);
          }
        };
        walk(rule.conditions);
        expect(new Set(codes).size).toBe(codes.length);
      }
    }
  });

  test('every individual rule carries NO_DISCIPLINE', () => {
    for (const version of RULE_VERSIONS) {
      for (const rule of version.rules.filter((candidate) => candidate.recipientKinds.includes('INDIVIDUAL'))) {
        expect(rule.conditions.map((condition) => condition.code)).toContain('NO_DISCIPLINE');
      }
    }
  });

  test.each(RULE_VERSIONS.map((version) => [version.id, version] as const))(
    '%s: the individual CSTD_TP, CSTD_TQ, BK_TP, BK_TTG and HCLD_3 read the years before the year judged, every other rule the year judged',
    (_, version) => {
      const before = version.rules.filter((rule) => rule.periodEnds === 'YEAR_BEFORE').map((rule) => `${rule.awardType}:${rule.recipientKinds.join('+')}`);
      expect(before.sort()).toEqual(['BK_TP:INDIVIDUAL', 'BK_TTG:INDIVIDUAL', 'CSTD_TP:INDIVIDUAL', 'CSTD_TQ:INDIVIDUAL', 'HCLD_3:INDIVIDUAL']);
      for (const rule of version.rules.filter((candidate) => candidate.periodEnds !== 'YEAR_BEFORE')) {
        expect([rule.awardType, rule.periodEnds ?? 'YEAR_JUDGED']).toEqual([rule.awardType, 'YEAR_JUDGED']);
      }
    },
  );

  test('no text of a rule reading the years before the year judged says its period is the year judged', () => {
    for (const version of RULE_VERSIONS) {
      for (const rule of version.rules.filter((candidate) => candidate.periodEnds === 'YEAR_BEFORE')) {
        const texts: string[] = [rule.notes ?? ''];
        const walk = (conditions: typeof rule.conditions) => {
          for (const condition of conditions) {
            // NO_DISCIPLINE is about the year judged itself in every rule.
            if (condition.kind !== 'NO_DISCIPLINE') texts.push(condition.en, condition.vi);
            if (condition.kind === 'ANY_OF' || condition.kind === 'ALL_OF') walk(condition.of);
          }
        };
        walk(rule.conditions);
        for (const text of texts) {
          expect([version.id, rule.awardType, text]).toEqual([version.id, rule.awardType, expect.not.stringMatching(/ending with the year judged|in the year judged|kết thúc ở năm xét|trong năm xét/)]);
        }
      }
    }
  });

  test('the published data cannot be edited at run time', () => {
    const { rule } = ruleFor('CSTD_TP', 2024, 'INDIVIDUAL');
    expect(() => (rule.conditions as unknown[]).push({})).toThrow(TypeError);
    expect(Object.isFrozen(rule.conditions[0])).toBe(true);
  });
});

describe('bad input is BAD_USER_INPUT, never an internal error', () => {
  test('an unknown award type', () => {
    expect(badInput(() => ruleFor('NOPE', 2024, 'INDIVIDUAL')).extensions.argument).toBe('awardType');
  });

  test.each([1944, 2101, 2024.5, Number.NaN])('the year %p', (year) => {
    expect(badInput(() => ruleFor('LDTT', year, 'INDIVIDUAL')).extensions.argument).toBe('year');
  });

  test.each([1945, 2013])('a year before the first version: %i', (year) => {
    expect(badInput(() => ruleFor('LDTT', year, 'INDIVIDUAL')).message).toMatch(/no rule version covers/);
  });

  test.each([
    ['LDTT', 'COLLECTIVE'],
    ['TTLDTT', 'INDIVIDUAL'],
    ['CO_TP', 'INDIVIDUAL'],
    ['HCDL_1', 'INDIVIDUAL'],
    ['BK_TTG', 'DISTRICT'],
  ])('%s to a recipient of kind %s', (awardType, kind) => {
    const error = badInput(() => ruleFor(awardType, 2024, kind as 'INDIVIDUAL'));
    expect(error.extensions.argument).toBe('recipientKind');
    expect(error.message).toMatch(/is not conferred on/);
  });

  test('an unknown recipient kind', () => {
    badInput(() => ruleFor('LDTT', 2024, 'HOUSEHOLD' as 'INDIVIDUAL'));
  });

  test('judge checks the same through the record kind', () => {
    badInput(() => judge(person(), 'TTLDTT', 2024));
    badInput(() => judge(person(), 'LDTT', 1944));
  });
});
