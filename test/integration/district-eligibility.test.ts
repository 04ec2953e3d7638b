import { Role } from '../../services/core/auth';
import { Discipline } from '../../services/district/entities/discipline';
import { Initiative } from '../../services/district/entities/initiative';
import { LocalAward } from '../../services/district/entities/local-award';
import { Person } from '../../services/district/entities/person';
import { Unit } from '../../services/district/entities/unit';
import { YearRating } from '../../services/district/entities/year-rating';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

// The district subgraph judges eligibility from its own rows and the facts the gateway sends for
// @requires (the city's awards, the cluster's standings): here the tests send those facts in the
// representations themselves, as the gateway would.

const DISTRICT = 'ba-dinh';
const OTHER = 'dong-da';
const YEAR = 2024;
// CSTD_TP honours the record completed before its year: CSTDCS 2022–2024 make one eligible for 2025.
const NEXT = YEAR + 1;
const officer = (district: string): Caller => ({ role: Role.DISTRICT_OFFICER, district });
const cityAdmin: Caller = { role: Role.CITY_ADMIN };
const TABLES = ['person', 'unit', 'year_rating', 'initiative', 'discipline', 'local_award', 'audit_log'];

// A unit of ten people whose records the rules are tested on, and a unit of three without titles.
const UNIT = `${DISTRICT}-elig-u1`;
const BARE_UNIT = `${DISTRICT}-elig-u2`;
const p = (n: number) => `${DISTRICT}-elig-p${String(n).padStart(2, '0')}`;
/** p02 and p01 meet CSTD_TP 2025 (p02 is a woman: she comes first); p03 has a gap year; p05 a reprimand in 2024 voids it. */
const CSTD_TP_ELIGIBLE = [p(2), p(1)];

const ELIGIBILITY = `eligible recipientKind evidenceWithheld rule { id }
  conditions { code kind met description descriptionVi evidence { years awards { awardTypeCode year } initiatives { title scope } ratings { year rating } disciplines { level } count of rank clusterId note }
    parts { code met } }`;

describe.each(DATABASES)('eligibility in the district subgraph on %s', (_name, makeDatabases, describeOn) => {
  describeOn('judged from the record', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    const rows = (sql: string, parameters: unknown[] = []): Promise<any[]> => subgraph.db.query(sql, parameters);
    const count = async (sql: string, parameters: unknown[] = []): Promise<number> => Number((await rows(sql, parameters))[0].n);
    const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await count(`SELECT COUNT(*) AS n FROM ${table}`)])));
    const codes = (errors: any[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);

    beforeAll(async () => {
      databases = makeDatabases('district_eligibility');
      subgraph = await subgraphUnderTest(districtSubgraph, 'hanoi', databases.urls.district);
      const { manager } = subgraph.db;
      const source = 'test';
      await manager.insert(Unit, [
        { id: UNIT, districtId: DISTRICT, name: 'Phòng Thử nghiệm', kind: 'DEPARTMENT', memberCount: 10, source },
        { id: BARE_UNIT, districtId: DISTRICT, name: 'Tổ Thử nghiệm', kind: 'OTHER', memberCount: 3, source },
      ] as Unit[]);
      const people = Array.from({ length: 13 }, (_, index) => ({
        id: p(index + 1),
        districtId: DISTRICT,
        unitId: index < 10 ? UNIT : BARE_UNIT,
        fullName: `Người thử ${index + 1}`,
        position: 'Chuyên viên',
        birthYear: 1980,
        gender: index === 1 || index === 4 ? 'FEMALE' : 'MALE',
        source,
      }));
      await manager.insert(Person, people as Person[]);
      const rating = (personId: string | null, unitId: string | null, year: number, value: string) => ({ districtId: DISTRICT, personId, unitId, year, rating: value, source });
      const award = (personId: string | null, unitId: string | null, year: number, awardTypeCode: string) => ({ districtId: DISTRICT, personId, unitId, year, awardTypeCode, source });
      const ratings = [rating(null, UNIT, YEAR, 'GOOD'), rating(null, BARE_UNIT, YEAR, 'GOOD')];
      const awards = [];
      // p01, p02, p05: CSTDCS (and LDTT) three years running, rated EXCELLENT, a city initiative in 2024.
      for (const n of [1, 2, 5]) {
        for (const year of [2022, 2023, 2024]) {
          ratings.push(rating(p(n), null, year, 'EXCELLENT'));
          awards.push(award(p(n), null, year, 'LDTT'), award(p(n), null, year, 'CSTDCS'));
        }
      }
      // p03: the same but for 2023, rated GOOD without a title: a gap in the run.
      for (const year of [2022, 2024]) awards.push(award(p(3), null, year, 'LDTT'), award(p(3), null, year, 'CSTDCS'));
      ratings.push(rating(p(3), null, 2022, 'EXCELLENT'), rating(p(3), null, 2023, 'GOOD'), rating(p(3), null, 2024, 'EXCELLENT'));
      // p04: did not complete their tasks in 2024. p06–p08: LDTT 2024, so 7 of the unit's 10 hold it.
      ratings.push(rating(p(4), null, YEAR, 'NOT_COMPLETED'));
      for (const n of [6, 7, 8]) {
        ratings.push(rating(p(n), null, YEAR, 'GOOD'));
        awards.push(award(p(n), null, YEAR, 'LDTT'));
      }
      // p09: rated EXCELLENT in 2024 without LDTT. p11–p13 (the bare unit): rated, no title.
      ratings.push(rating(p(9), null, YEAR, 'EXCELLENT'));
      for (const n of [11, 12, 13]) ratings.push(rating(p(n), null, YEAR, 'GOOD'));
      // 2020 (Decree 91): p01–p07 hold LDTT, p06 and p07 have a grassroots initiative each: 15% of 7 allows one CSTDCS.
      for (const n of [1, 2, 3, 4, 5, 6, 7]) awards.push(award(p(n), null, 2020, 'LDTT'));
      await manager.insert(YearRating, ratings as YearRating[]);
      await manager.insert(LocalAward, awards as LocalAward[]);
      const initiative = (n: number, year: number, scope: string) => ({ districtId: DISTRICT, personId: p(n), year, title: `Sáng kiến ${n}-${year}`, scope, source });
      await manager.insert(Initiative, [1, 2, 3, 5].map((n) => initiative(n, YEAR, 'CITY')).concat([initiative(6, 2020, 'GRASSROOTS'), initiative(7, 2020, 'GRASSROOTS')]) as Initiative[]);
      await manager.insert(Discipline, [{ districtId: DISTRICT, personId: p(5), level: 'REPRIMAND', from: '2024-03-01', to: '2024-09-30', source }] as Discipline[]);
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    const personEligibility = (id: string, awardType: string, year: number, cityAwardFacts: unknown[] = [], as: Caller | null = officer(DISTRICT)) =>
      subgraph.execute(
        `query ($r: [_Any!]!, $a: String!, $y: Int!) { _entities(representations: $r) { ... on Person { id eligibility(awardType: $a, year: $y) { ${ELIGIBILITY} } } } }`,
        { r: [{ __typename: 'Person', id, cityAwardFacts }], a: awardType, y: year },
        as,
      );
    const failed = (eligibility: any) => eligibility.conditions.filter((condition: any) => !condition.met).map((condition: any) => condition.code);

    describe('a person, a unit, a district through _entities', () => {
      test('CSTD_TP 2025: the three CSTDCS years before it and a city initiative, under Law 06/2022; a gap year fails', async () => {
        const eligible = await personEligibility(p(1), 'CSTD_TP', NEXT);
        expect(eligible.errors).toBeUndefined();
        const verdict = eligible.data._entities[0].eligibility;
        expect(verdict).toMatchObject({ eligible: true, recipientKind: 'INDIVIDUAL', evidenceWithheld: false, rule: { id: 'LAW_06_2022:CSTD_TP:INDIVIDUAL' } });
        const run = verdict.conditions.find((condition: any) => condition.code === 'CSTDCS_3_YEARS');
        expect(run.evidence.years).toEqual([2022, 2023, 2024]);
        expect(run.description).toMatch(/CSTDCS/);
        expect(run.descriptionVi).toMatch(/Chiến sĩ thi đua cơ sở/);

        const gap = await personEligibility(p(3), 'CSTD_TP', NEXT);
        expect(gap.data._entities[0].eligibility.eligible).toBe(false);
        expect(failed(gap.data._entities[0].eligibility)).toEqual(['CSTDCS_3_YEARS']);
      });

      test('the city’s awards count: CSTD_TQ reads the CSTD_TP titles the representation carries', async () => {
        const without = await personEligibility(p(1), 'CSTD_TQ', NEXT);
        expect(failed(without.data._entities[0].eligibility)).toContain('CSTD_TP_TWICE');
        const facts = [2019, 2022].map((year) => ({ recipientKind: 'INDIVIDUAL', recipientId: p(1), awardTypeCode: 'CSTD_TP', year }));
        const withTitles = await personEligibility(p(1), 'CSTD_TQ', NEXT, facts);
        const twice = withTitles.data._entities[0].eligibility.conditions.find((condition: any) => condition.code === 'CSTD_TP_TWICE');
        expect(twice.met).toBe(true);
        expect(twice.evidence.awards).toEqual([
          { awardTypeCode: 'CSTD_TP', year: 2019 },
          { awardTypeCode: 'CSTD_TP', year: 2022 },
        ]);
      });

      test('a caller who may not read personal data sees the verdict, not the ratings and disciplines', async () => {
        for (const [caller, withheld] of [
          [null, true],
          [{ role: Role.VIEWER }, true],
          [officer(OTHER), true],
          [{ role: Role.CLUSTER_ADMIN, cluster: 'III' }, true],
          [officer(DISTRICT), false],
          [{ role: Role.VIEWER, district: DISTRICT }, false],
          [cityAdmin, false],
        ] as Array<[Caller | null, boolean]>) {
          const { data, errors } = await personEligibility(p(5), 'CSTD_TP', YEAR, [], caller);
          expect(errors).toBeUndefined();
          const verdict = data._entities[0].eligibility;
          // The reprimand is in force in 2024 and voids the whole year's achievements.
          expect([caller, verdict.eligible, failed(verdict).includes('NO_DISCIPLINE'), verdict.evidenceWithheld]).toEqual([caller, false, true, withheld]);
          const evidence = verdict.conditions.flatMap((condition: any) => [condition.evidence]);
          const ratings = evidence.flatMap((shown: any) => shown.ratings);
          const disciplines = evidence.flatMap((shown: any) => shown.disciplines);
          if (withheld) expect([ratings, disciplines]).toEqual([[], []]);
          else expect(disciplines).toContainEqual({ level: 'REPRIMAND' });
        }
      });

      test('TTLDTT: 70% of the members hold LDTT, none disciplined at WARNING or above', async () => {
        const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id eligibility(awardType: "TTLDTT", year: ${YEAR}) { ${ELIGIBILITY} } } } }`;
        const { data, errors } = await subgraph.execute(query, { r: [UNIT, BARE_UNIT].map((id) => ({ __typename: 'Unit', id, cityAwardFacts: [] })) }, officer(DISTRICT));
        expect(errors).toBeUndefined();
        const [unit, bare] = data._entities.map((entity: any) => entity.eligibility);
        expect(unit.eligible).toBe(true);
        expect(unit.conditions.find((condition: any) => condition.code === 'LDTT_SHARE_70_PERCENT').evidence).toMatchObject({ count: 7, of: 10 });
        expect(bare.eligible).toBe(false);
        expect(failed(bare)).toEqual(['LDTT_SHARE_70_PERCENT']);
      });

      test('CO_TP: a district leads its cluster by the standings the representation carries', async () => {
        const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on District { id eligibility(awardType: "CO_TP", year: ${YEAR}) { ${ELIGIBILITY} } } } }`;
        const standing = (rank: number) => ({ __typename: 'District', id: DISTRICT, cityAwardFacts: [], standingFacts: [{ year: YEAR, clusterId: 'III', rank, members: 6 }] });
        const { data, errors } = await subgraph.execute(query, { r: [standing(1)] });
        expect(errors).toBeUndefined();
        const leader = data._entities[0].eligibility;
        expect(leader).toMatchObject({ recipientKind: 'DISTRICT', evidenceWithheld: false, rule: { id: 'LAW_06_2022:CO_TP:DISTRICT' } });
        expect(leader.conditions.find((condition: any) => condition.code === 'CLUSTER_LEADER')).toMatchObject({ met: true, evidence: { rank: 1, clusterId: 'III' } });
        const second = await subgraph.execute(query, { r: [standing(2)] });
        expect(second.data._entities[0].eligibility.eligible).toBe(false);
        expect(failed(second.data._entities[0].eligibility)).toContain('CLUSTER_LEADER');
      });

      test.each([
        ['an unknown award type', 'NO_SUCH_AWARD', YEAR],
        ['a year before 1945', 'CSTD_TP', 1900],
        ['a year after 2100', 'CSTD_TP', 2200],
        ['a year no rule version covers', 'CSTD_TP', 1990],
        ['a recipient kind the award does not take', 'TTLDTT', YEAR],
      ])('bad input: %s is BAD_USER_INPUT', async (_case, awardType, year) => {
        const { data, errors } = await personEligibility(p(1), awardType as string, year as number);
        expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
        expect(data._entities[0].eligibility).toBeNull();
      });

      test('a representation without the facts the field requires is BAD_USER_INPUT; null facts (the city down) name the city', async () => {
        const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { eligibility(awardType: "LDTT", year: ${YEAR}) { eligible } } } }`;
        const lacking = await subgraph.execute(query, { r: [{ __typename: 'Person', id: p(1) }] });
        expect(codes(lacking.errors)).toEqual(['BAD_USER_INPUT']);
        const down = await subgraph.execute(query, { r: [{ __typename: 'Person', id: p(1), cityAwardFacts: null }] });
        expect(down.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'city' });
      });
    });

    describe('eligibleCandidates', () => {
      const ROOT = `query ($a: String!, $y: Int!, $d: ID!, $k: RecipientKind, $first: Int!, $after: String) {
        eligibleCandidates(awardType: $a, year: $y, district: $d, recipientKind: $k, first: $first, after: $after) { id } }`;
      const ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on CandidateConnection {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { recipientKind person { id fullName } unit { id } district { id } eligibility { eligible evidenceWithheld conditions { code met } } } } } } }`;
      /** The root field, then the connection as the gateway brings it back with the city's and cluster's facts. */
      async function candidates(variables: Record<string, unknown>, as: Caller | null, facts = { cityAwardFacts: [], standingFacts: [] }) {
        const root = await subgraph.execute(ROOT, { first: 100, ...variables }, as);
        if (root.errors) return { root, page: null };
        const representation = { __typename: 'CandidateConnection', id: root.data.eligibleCandidates.id, ...facts };
        const answer = await subgraph.execute(ENTITY, { r: [representation] }, as);
        expect(answer.errors).toBeUndefined();
        return { root, page: answer.data._entities[0] };
      }

      test('a district officer (own district) and the city admin; nobody else', async () => {
        for (const [caller, code] of [
          [null, 'UNAUTHENTICATED'],
          [{ role: Role.VIEWER, district: DISTRICT }, 'FORBIDDEN'],
          [officer(OTHER), 'FORBIDDEN'],
          [{ role: Role.CLUSTER_ADMIN, cluster: 'III' }, 'FORBIDDEN'],
          [officer(DISTRICT), null],
          [cityAdmin, null],
        ] as Array<[Caller | null, string | null]>) {
          const { root } = await candidates({ a: 'CSTD_TP', y: YEAR, d: DISTRICT }, caller);
          expect([caller, codes(root.errors)]).toEqual([caller, code ? [code] : []]);
          if (code) expect(root.data).toEqual({ eligibleCandidates: null });
        }
        // A representation sent to _entities directly is checked too.
        const { root } = await candidates({ a: 'CSTD_TP', y: YEAR, d: DISTRICT }, cityAdmin);
        const direct = await subgraph.execute(ENTITY, { r: [{ __typename: 'CandidateConnection', id: root.data.eligibleCandidates.id, cityAwardFacts: [], standingFacts: [] }] }, officer(OTHER));
        expect(codes(direct.errors)).toEqual(['FORBIDDEN']);
      });

      test.each([
        ['an unknown award type', { a: 'NO_SUCH_AWARD', y: YEAR, d: DISTRICT }],
        ['a year outside 1945–2100', { a: 'CSTD_TP', y: 2500, d: DISTRICT }],
        ['a recipient kind the award does not take', { a: 'CSTD_TP', y: YEAR, d: DISTRICT, k: 'DISTRICT' }],
        ['a page of 1000', { a: 'CSTD_TP', y: YEAR, d: DISTRICT, first: 1000 }],
      ])('bad input: %s is BAD_USER_INPUT', async (_case, variables) => {
        const { root } = await candidates(variables, cityAdmin);
        expect(codes(root.errors)).toEqual(['BAD_USER_INPUT']);
      });

      test('an unknown district is NOT_FOUND', async () => {
        const { root } = await candidates({ a: 'CSTD_TP', y: YEAR, d: 'nowhere' }, cityAdmin);
        expect(codes(root.errors)).toEqual(['NOT_FOUND']);
      });

      test('CSTD_TP 2025 in Ba Đình: those who meet the rule, women first among equals, then by id, with their evidence', async () => {
        const { page } = await candidates({ a: 'CSTD_TP', y: NEXT, d: DISTRICT }, officer(DISTRICT));
        const ids = page.edges.map((edge: any) => edge.node.person.id);
        expect(page.totalCount).toBe(ids.length);
        expect(ids.filter((id: string) => id.includes('-elig-'))).toEqual(CSTD_TP_ELIGIBLE);
        for (const { node } of page.edges) {
          expect(node).toMatchObject({ recipientKind: 'INDIVIDUAL', unit: null, district: { id: DISTRICT }, eligibility: { eligible: true, evidenceWithheld: false } });
        }
        // The order of the tie rule: every woman before every man, each group by id.
        const genders = new Map((await rows('SELECT id, gender FROM person WHERE id IN (' + ids.map(() => '?').join(', ') + ')', ids)).map((row) => [row.id, row.gender]));
        const expected = [...ids].sort((a, b) => Number(genders.get(b) === 'FEMALE') - Number(genders.get(a) === 'FEMALE') || (a < b ? -1 : 1));
        expect(ids).toEqual(expected);
      });

      /** Every candidate, page after page of `first`. */
      async function everyCandidate(variables: Record<string, unknown>, first: number): Promise<any[]> {
        const nodes: any[] = [];
        let after: string | null = null;
        for (;;) {
          const { page } = await candidates({ ...variables, first, after }, cityAdmin);
          nodes.push(...page.edges.map((edge: any) => edge.node));
          if (!page.pageInfo.hasNextPage) return nodes;
          after = page.pageInfo.endCursor;
        }
      }

      test('pages follow one another without a gap or a repeat', async () => {
        const { page } = await candidates({ a: 'LDTT', y: YEAR, d: DISTRICT }, cityAdmin);
        expect(page.totalCount).toBeGreaterThan(4);
        const paged = (await everyCandidate({ a: 'LDTT', y: YEAR, d: DISTRICT }, 7)).map((node) => node.person.id);
        expect(paged).toHaveLength(page.totalCount);
        expect(new Set(paged).size).toBe(paged.length);
        expect(paged.slice(0, page.edges.length)).toEqual(page.edges.map((edge: any) => edge.node.person.id));
      });

      test('every kind the award takes when none is named: BK_TP for people, then units, then the district', async () => {
        const kinds = (await everyCandidate({ a: 'BK_TP', y: YEAR, d: DISTRICT }, 100)).map((node) => node.recipientKind);
        const order = ['INDIVIDUAL', 'COLLECTIVE', 'DISTRICT'];
        expect([...new Set(kinds)]).toEqual(order);
        expect(kinds).toEqual([...kinds].sort((a: string, b: string) => order.indexOf(a) - order.indexOf(b)));
        expect(kinds.filter((kind) => kind === 'DISTRICT')).toHaveLength(1);
      });

      test('the same number of SQL statements for a small and a large district', async () => {
        const sizes: Array<{ district_id: string; n: number | string }> = await rows(
          `SELECT district_id, COUNT(*) AS n FROM person GROUP BY district_id ORDER BY COUNT(*), district_id`,
        );
        const [small, large] = [sizes[0], sizes.at(-1)!];
        expect(Number(large.n)).toBeGreaterThan(Number(small.n) * 2);
        const statements: Record<string, number[]> = {};
        for (const { district_id: district } of [small, large]) {
          for (const awardType of ['LDTT', 'TTLDTT', 'CO_TP', 'BK_TP']) {
            const root = await subgraph.execute(ROOT, { a: awardType, y: YEAR, d: district, first: 100 }, cityAdmin);
            expect(root.errors).toBeUndefined();
            const rootStatements = selects(subgraph.statements).length;
            const facts = { cityAwardFacts: [], standingFacts: [{ year: YEAR, clusterId: 'III', rank: 1, members: 6 }] };
            const answer = await subgraph.execute(ENTITY, { r: [{ __typename: 'CandidateConnection', id: root.data.eligibleCandidates.id, ...facts }] }, cityAdmin);
            expect(answer.errors).toBeUndefined();
            expect(answer.data._entities[0].totalCount).toEqual(expect.any(Number));
            (statements[awardType] ??= []).push(rootStatements + selects(subgraph.statements).length);
          }
        }
        for (const [awardType, [smallCount, largeCount]] of Object.entries(statements)) expect([awardType, largeCount]).toEqual([awardType, smallCount]);
      });
    });

    describe('conferring: judged in the transaction, refused whole with NOT_ELIGIBLE, writing nothing', () => {
      const CONFER = `mutation ($input: ConferLocalAwardInput!) { conferLocalAward(input: $input) { id year basis basisNote awardType { code } person { id } unit { id } } }`;
      const CONFER_MANY = `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id basis person { id } } }`;
      async function refused(query: string, input: Record<string, unknown>, code = 'NOT_ELIGIBLE'): Promise<any> {
        const before = await snapshot();
        const { data, errors } = await subgraph.execute(query, { input }, officer(DISTRICT));
        expect(codes(errors)).toEqual([code]);
        expect(data ?? null).toBeNull();
        expect(await snapshot()).toEqual(before);
        return errors![0];
      }
      const failedCodes = (error: any) => error.extensions.failed.map((entry: any) => [entry.recipientId, entry.conditions.map((condition: any) => condition.code)]);

      test('LDTT to a person rated NOT_COMPLETED', async () => {
        const error = await refused(CONFER, { year: YEAR, awardTypeCode: 'LDTT', personId: p(4) });
        expect(error.extensions).toMatchObject({ field: 'personId' });
        expect(failedCodes(error)).toEqual([[p(4), ['RATED_GOOD']]]);
        expect(error.extensions.failed[0]).toMatchObject({ awardType: 'LDTT', year: YEAR, version: 'LAW_06_2022' });
        expect(error.message).toContain(p(4));
      });

      test('TTLDTT to a unit none of whose members holds LDTT', async () => {
        const error = await refused(CONFER, { year: YEAR, awardTypeCode: 'TTLDTT', unitId: BARE_UNIT });
        expect(error.extensions.field).toBe('unitId');
        expect(failedCodes(error)).toEqual([[BARE_UNIT, ['LDTT_SHARE_70_PERCENT']]]);
      });

      test('CSTDCS without the LDTT of the year', async () => {
        const error = await refused(CONFER, { year: YEAR, awardTypeCode: 'CSTDCS', personId: p(9) });
        expect(failedCodes(error)).toEqual([[p(9), ['LDTT_SAME_YEAR']]]);
      });

      test('a decision on many is refused whole when one of them fails, naming only that one', async () => {
        const error = await refused(CONFER_MANY, { year: YEAR, awardTypeCode: 'LDTT', personIds: [p(9), p(4)] });
        expect(error.extensions.field).toBe('personIds');
        expect(failedCodes(error)).toEqual([[p(4), ['RATED_GOOD']]]);
      });

      test('a quota holds for a decision as a whole: Decree 91 allows one CSTDCS of 2020 for seven LDTT', async () => {
        const error = await refused(CONFER_MANY, { year: 2020, awardTypeCode: 'CSTDCS', personIds: [p(6), p(7)] });
        expect(failedCodes(error)).toEqual([[p(7), ['QUOTA_15_PERCENT']]]);
        expect(error.extensions.failed[0].version).toBe('DECREE_91_2017');
        const one = await subgraph.execute(CONFER_MANY, { input: { year: 2020, awardTypeCode: 'CSTDCS', personIds: [p(6)] } }, officer(DISTRICT));
        expect(one.errors).toBeUndefined();
        await refused(CONFER, { year: 2020, awardTypeCode: 'CSTDCS', personId: p(7) });
      });

      test('a lawful award is conferred under the rule: basis RULE', async () => {
        const { data, errors } = await subgraph.execute(CONFER, { input: { year: YEAR, awardTypeCode: 'TTLDTT', unitId: UNIT } }, officer(DISTRICT));
        expect(errors).toBeUndefined();
        expect(data.conferLocalAward).toMatchObject({ basis: 'RULE', basisNote: null, unit: { id: UNIT } });
      });

      test('AD_HOC: with a reason, the history rule is not checked, and the reason is recorded', async () => {
        const reason = 'Dũng cảm cứu người trong vụ cháy ngày 12/5/2024';
        const audit = await count('SELECT COUNT(*) AS n FROM audit_log');
        const { data, errors } = await subgraph.execute(CONFER, { input: { year: YEAR, awardTypeCode: 'LDTT', personId: p(4), adHocReason: reason } }, officer(DISTRICT));
        expect(errors).toBeUndefined();
        expect(data.conferLocalAward).toMatchObject({ year: YEAR, basis: 'AD_HOC', basisNote: reason, awardType: { code: 'LDTT' }, person: { id: p(4) } });
        const [row] = await rows('SELECT basis, basis_note FROM local_award WHERE id = ?', [Number(data.conferLocalAward.id)]);
        expect(row).toEqual({ basis: 'AD_HOC', basis_note: reason });
        expect(await count('SELECT COUNT(*) AS n FROM audit_log')).toBe(audit + 1);
        // Everything else is still checked: one title a year, a year a rule version covers, a reason that says something.
        await refused(CONFER, { year: YEAR, awardTypeCode: 'LDTT', personId: p(4), adHocReason: reason }, 'CONFLICT');
        await refused(CONFER, { year: 1990, awardTypeCode: 'LDTT', personId: p(4), adHocReason: reason }, 'BAD_USER_INPUT');
        expect((await refused(CONFER, { year: 2023, awardTypeCode: 'LDTT', personId: p(4), adHocReason: '   ' }, 'BAD_USER_INPUT')).extensions.fields).toEqual(['adHocReason']);
        expect((await refused(CONFER, { year: 2023, awardTypeCode: 'LDTT', personId: p(4), adHocReason: 'x'.repeat(501) }, 'BAD_USER_INPUT')).extensions.fields).toEqual(['adHocReason']);
      });
    });
  });
});
