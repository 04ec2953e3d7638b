import { catalogueRows } from '../../services/city/catalogue';
import { Award } from '../../services/city/entities/award';
import { AwardRule } from '../../services/city/entities/award-rule';
import { AwardType } from '../../services/city/entities/award-type';
import { awardRuleRows } from '../../services/city/rule-rows';
import { citySubgraph } from '../../services/city/subgraph';
import { Role } from '../../services/core/auth';
import { KnownEntity } from '../../services/core/references';
import { RULE_VERSIONS } from '../../services/core/rules';
import { DATABASES, type TestDatabases } from '../support/databases';
import { subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

// Reference data comes from migrations: a city database that never saw the demo data holds the
// award catalogue and every published rule version, serves them, and can issue a decision.

const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN };
const RULE = `id version recipientKind recipientKinds legalBasis legalBasisVi inForceFrom inForceTo notes awardType { code name }
  conditions { code kind description descriptionVi parameters parts { code kind description descriptionVi parameters parts { code } } }`;
const AWARD_RULE = `query ($awardType: String!, $year: Int!, $recipientKind: String) {
  awardRule(awardType: $awardType, year: $year, recipientKind: $recipientKind) { ${RULE} } }`;
const AWARD_RULES = `query ($year: Int!) { awardRules(year: $year) { id awardType { code } recipientKind version } }`;
const ISSUE = `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) {
  number issuingAuthority awards(first: 10) { nodes { awardType { code } recipientKind basis basisNote } } } }`;

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe.each(DATABASES)('reference data on %s', (_name, makeDatabases, describeOn) => {
  describeOn('a city database that never saw the demo data', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    beforeAll(async () => {
      databases = makeDatabases('city_rules');
      subgraph = await subgraphUnderTest(citySubgraph, null, databases.urls.city);
    }, 120_000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    test('holds the award catalogue of Law 06/2022/QH15, from its migration', async () => {
      const stored = await subgraph.db.getRepository(AwardType).find();
      expect(byId(stored.map((type) => ({ ...type, id: type.code })))).toEqual(byId(catalogueRows().map((type) => ({ ...type, id: type.code }))));
      expect(stored).toHaveLength(17);
    });

    test('holds every rule of every published version, exactly as services/core/rules states it', async () => {
      const stored = await subgraph.db.getRepository(AwardRule).find();
      expect(byId(stored)).toEqual(byId(awardRuleRows(RULE_VERSIONS)));
      // Read back, the table is the rule module: every version, rule and recipient kind, conditions and all.
      for (const version of RULE_VERSIONS) {
        for (const rule of version.rules) {
          for (const kind of rule.recipientKinds) {
            const row = stored.find((candidate) => candidate.id === `${version.id}:${rule.awardType}:${kind}`);
            expect({ id: row?.id, conditions: JSON.parse(row!.conditionsJson), kinds: row!.recipientKinds }).toEqual({
              id: `${version.id}:${rule.awardType}:${kind}`,
              conditions: rule.conditions,
              kinds: rule.recipientKinds,
            });
          }
        }
      }
      const kinds = RULE_VERSIONS.flatMap((version) => version.rules.flatMap((rule) => rule.recipientKinds));
      expect(stored).toHaveLength(kinds.length);
    });

    test('issues a BK_TP: the catalogue is there without any seed', async () => {
      // What the graph would have confirmed: this database's copy of the district's id.
      await subgraph.db.getRepository(KnownEntity).insert({ kind: 'District', id: 'dong-da', districtId: 'dong-da', origin: 'graph' });
      const input = {
        number: 'REF-1/QĐ-UBND',
        signedOn: '2026-01-15',
        signer: 'KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn Bình',
        awards: [{ awardTypeCode: 'BK_TP', year: 2025, recipientKind: 'DISTRICT', districtId: 'dong-da', recipientName: 'UBND quận Đống Đa' }],
      };
      const result = await subgraph.execute(ISSUE, { input }, CITY_ADMIN);
      expect(result.errors).toBeUndefined();
      expect(result.data.issueDecision).toEqual({
        number: 'REF-1/QĐ-UBND',
        issuingAuthority: 'Chủ tịch UBND thành phố Hà Nội',
        awards: { nodes: [{ awardType: { code: 'BK_TP' }, recipientKind: 'DISTRICT', basis: 'RULE', basisNote: null }] },
      });
      expect(await subgraph.db.getRepository(Award).countBy({ awardTypeCode: 'BK_TP' })).toBe(1);
    });

    test('awardRules(year) is the version in force on 31 December of the year, for anyone', async () => {
      for (const [year, version] of [[2017, 'DECREE_91_2017'], [2023, 'DECREE_91_2017'], [2024, 'LAW_06_2022'], [2100, 'LAW_06_2022']] as const) {
        const result = await subgraph.execute(AWARD_RULES, { year }, null);
        expect(result.errors).toBeUndefined();
        const expected = awardRuleRows(RULE_VERSIONS.filter((candidate) => candidate.id === version));
        expect(result.data.awardRules.map((rule: any) => rule.id).sort()).toEqual(expected.map((rule) => rule.id).sort());
        expect(new Set(result.data.awardRules.map((rule: any) => rule.version))).toEqual(new Set([version]));
      }
    });

    test('awardRule names its legal basis, dates and every condition in both languages, with its parameters and branches', async () => {
      const result = await subgraph.execute(AWARD_RULE, { awardType: 'CSTD_TP', year: 2017 }, null);
      expect(result.errors).toBeUndefined();
      const rule = result.data.awardRule;
      const source = RULE_VERSIONS.find((version) => version.id === 'DECREE_91_2017')!;
      const stated = source.rules.find((candidate) => candidate.awardType === 'CSTD_TP')!;
      expect(rule).toMatchObject({
        id: 'DECREE_91_2017:CSTD_TP:INDIVIDUAL',
        version: 'DECREE_91_2017',
        recipientKind: 'INDIVIDUAL',
        recipientKinds: ['INDIVIDUAL'],
        legalBasis: source.legalBasis,
        legalBasisVi: source.legalBasisVi,
        inForceFrom: '2014-06-01',
        inForceTo: '2023-12-31',
        notes: stated.notes ?? null,
        awardType: { code: 'CSTD_TP', name: 'Chiến sĩ thi đua cấp Thành phố' },
      });
      expect(rule.conditions.map((condition: any) => [condition.code, condition.kind, condition.description, condition.descriptionVi])).toEqual(
        stated.conditions.map((condition) => [condition.code, condition.kind, condition.en, condition.vi]),
      );
      const run = rule.conditions.find((condition: any) => condition.kind === 'TITLE_RUN');
      expect(JSON.parse(run.parameters)).toMatchObject({ award: 'CSTDCS', years: 3 });
      expect(run.parts).toEqual([]);
    });

    test('a condition with branches (ANY_OF) serves them as parts, and its own parameters without them', async () => {
      const version = RULE_VERSIONS.find((candidate) => candidate.rules.some((rule) => rule.conditions.some((condition) => condition.kind === 'ANY_OF')))!;
      const stated = version.rules.find((rule) => rule.conditions.some((condition) => condition.kind === 'ANY_OF'))!;
      const year = Number((version.inForceTo ?? '2100-12-31').slice(0, 4));
      const result = await subgraph.execute(AWARD_RULE, { awardType: stated.awardType, year, recipientKind: stated.recipientKinds[0] }, null);
      expect(result.errors).toBeUndefined();
      const anyOf = stated.conditions.find((condition) => condition.kind === 'ANY_OF')!;
      const served = result.data.awardRule.conditions.find((condition: any) => condition.code === anyOf.code);
      expect(served.kind).toBe('ANY_OF');
      expect(served.parameters).toBeNull();
      expect(served.parts.map((part: any) => part.code)).toEqual(anyOf.kind === 'ANY_OF' ? anyOf.of.map((part) => part.code) : []);
    });

    test('awardRule needs the recipient kind only where the award type has a rule for several', async () => {
      const several = await subgraph.execute(AWARD_RULE, { awardType: 'BK_TP', year: 2024 }, null);
      expect(several.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'recipientKind' });
      const collective = await subgraph.execute(AWARD_RULE, { awardType: 'BK_TP', year: 2024, recipientKind: 'COLLECTIVE' }, null);
      expect(collective.errors).toBeUndefined();
      expect(collective.data.awardRule).toMatchObject({ id: 'LAW_06_2022:BK_TP:COLLECTIVE', recipientKind: 'COLLECTIVE' });
    });

    test.each([
      ['an unknown award type', { awardType: 'ZZ_UNKNOWN', year: 2024 }],
      ['a year before 1945', { awardType: 'CSTD_TP', year: 1900 }],
      ['a year after 2100', { awardType: 'CSTD_TP', year: 2101 }],
      ['a year no version covers', { awardType: 'CSTD_TP', year: 2010 }],
      ['a recipient kind the award does not take', { awardType: 'CSTD_TP', year: 2024, recipientKind: 'DISTRICT' }],
      ['a recipient kind that does not exist', { awardType: 'CSTD_TP', year: 2024, recipientKind: 'HOUSEHOLD' }],
    ])('awardRule for %s is BAD_USER_INPUT, never an internal error', async (_case, variables) => {
      const result = await subgraph.execute(AWARD_RULE, variables, null);
      expect(result.errors?.map((error: any) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    });

    test.each([1900, 2010])('awardRules(%s) is BAD_USER_INPUT', async (year) => {
      const result = await subgraph.execute(AWARD_RULES, { year }, null);
      expect(result.errors?.map((error: any) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    });

    test('the rule the district names by id resolves as an entity, in one statement for many', async () => {
      const ids = awardRuleRows(RULE_VERSIONS).map((rule) => rule.id);
      const representations = ids.map((id) => ({ __typename: 'AwardRule', id }));
      const result = await subgraph.execute(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on AwardRule { id version inForceFrom } } }`,
        { representations },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.map((rule: any) => rule.id)).toEqual(ids);
      expect(subgraph.statements.filter((sql) => /^\s*SELECT/i.test(sql) && /award_rule/.test(sql))).toHaveLength(1);
    });
  });
});
