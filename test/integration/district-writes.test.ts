import { Role } from '../../services/core/auth';
import { LocalAward } from '../../services/district/entities/local-award';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { failOnInsert } from '../support/faults';
import { subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import { everyCaller, type Caller } from '../support/tokens';

const OWN = 'ba-dinh';
const OTHER = 'dong-da';
const officer = (district: string): Caller => ({ role: Role.DISTRICT_OFFICER, district, subject: `officer-${district}` });
const TABLES = ['unit', 'person', 'movement', 'target', 'year_rating', 'initiative', 'local_award', 'audit_log'];
const VIETNAMESE = 'Phường Điện Biên – Tổ dân phố số 7 🏅';
const SQL_LOOKING = "'; DROP TABLE unit; --";

/** What a district holds that the writes below act on: found in the seeded data, not assumed. */
interface Fixture {
  unitId: string;
  personIds: string[];
  targetId: string;
}

interface MutationCase {
  name: string;
  query: string;
  /** Fresh variables for a call on a district: `n` differs between calls, so allowed calls never conflict. */
  variables(district: string, n: number): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** A row the mutation changes in place, to check a refused call left it alone. */
  row?(district: string): Promise<unknown>;
}

describe.each(DATABASES)('district writes on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the district subgraph', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    const fixtures: Record<string, Fixture> = {};

    const rows = (sql: string, parameters: unknown[] = []): Promise<any[]> => subgraph.db.query(sql, parameters);
    const count = async (sql: string, parameters: unknown[] = []): Promise<number> => Number((await rows(sql, parameters))[0].n);
    /** Every table's row count: what a refused or failed write must leave as it was. */
    const snapshot = async (): Promise<Record<string, number>> =>
      Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await count(`SELECT COUNT(*) AS n FROM ${table}`)])));
    const auditCount = () => count('SELECT COUNT(*) AS n FROM audit_log');
    const codes = (errors: any[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);
    /** Rates people GOOD for a year, as the unit's evaluation would (not through the API: no audit row). */
    const rate = async (personIds: string[], year: number, district: string, rating = 'GOOD') => {
      for (const personId of personIds) {
        await rows('INSERT INTO year_rating (district_id, year, person_id, unit_id, rating, source) VALUES (?, ?, ?, NULL, ?, ?)', [district, year, personId, rating, 'test']);
      }
    };

    beforeAll(async () => {
      databases = makeDatabases('district_writes');
      subgraph = await subgraphUnderTest(districtSubgraph, 'hanoi', databases.urls.district);
      for (const district of [OWN, OTHER]) {
        const [unit] = await rows('SELECT id FROM unit WHERE district_id = ? ORDER BY id LIMIT 1', [district]);
        const people = await rows(
          `SELECT id FROM person WHERE district_id = ? AND birth_year IS NOT NULL
             AND id IN (SELECT person_id FROM year_rating WHERE district_id = ?) ORDER BY id LIMIT 6`,
          [district, district],
        );
        const [target] = await rows('SELECT id FROM target WHERE district_id = ? ORDER BY id LIMIT 1', [district]);
        fixtures[district] = { unitId: unit.id, personIds: people.map((person) => person.id), targetId: String(target.id) };
        expect(fixtures[district].personIds).toHaveLength(6);
      }
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    /** The first Giấy khen of a district still standing: each allowed revocation takes another. */
    const standingGk = async (district: string) =>
      String((await rows(`SELECT id FROM local_award WHERE district_id = ? AND award_type_code = 'GK' AND in_force = 1 ORDER BY id LIMIT 1`, [district]))[0].id);

    const MUTATIONS: MutationCase[] = [
      {
        name: 'createUnit',
        query: `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`,
        variables: (district, n) => ({ input: { districtId: district, name: `Tổ công tác số ${n}`, kind: 'OTHER', memberCount: 5 } }),
      },
      {
        name: 'updateUnit',
        query: `mutation ($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { id memberCount } }`,
        variables: (district, n) => ({ id: fixtures[district].unitId, input: { memberCount: 100 + n } }),
        row: async (district) => rows('SELECT * FROM unit WHERE id = ?', [fixtures[district].unitId]),
      },
      {
        name: 'addPerson',
        query: `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
        variables: (district, n) => ({ input: { unitId: fixtures[district].unitId, fullName: `Nguyễn Thị Hoa ${n}`, position: 'Chuyên viên', gender: 'FEMALE', birthYear: 1985 } }),
      },
      {
        name: 'launchMovement',
        query: `mutation ($input: LaunchMovementInput!) { launchMovement(input: $input) { id } }`,
        variables: (district, n) => ({ input: { districtId: district, year: 2024, title: `Phong trào thi đua số ${n}`, launchedOn: '2024-01-15' } }),
      },
      {
        name: 'setTarget',
        query: `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id } }`,
        variables: (district, n) => ({ input: { districtId: district, year: 2024, name: `Chỉ tiêu ${n}`, unitOfMeasure: '%', planned: 95, higherIsBetter: true } }),
      },
      {
        name: 'recordTargetResult',
        query: `mutation ($id: ID!, $actual: Float!) { recordTargetResult(id: $id, actual: $actual) { id actual } }`,
        variables: (district, n) => ({ id: fixtures[district].targetId, actual: 1000 + n }),
        row: async (district) => rows('SELECT * FROM target WHERE id = ?', [Number(fixtures[district].targetId)]),
      },
      {
        name: 'rateYear (a person)',
        query: `mutation ($input: RateYearInput!) { rateYear(input: $input) { id rating } }`,
        variables: (district, n) => ({ input: { year: 1950 + n, rating: 'GOOD', personId: fixtures[district].personIds[0] } }),
      },
      {
        name: 'rateYear (a unit)',
        query: `mutation ($input: RateYearInput!) { rateYear(input: $input) { id rating } }`,
        variables: (district, n) => ({ input: { year: 1950 + n, rating: 'EXCELLENT', unitId: fixtures[district].unitId } }),
      },
      {
        name: 'recognizeInitiative',
        query: `mutation ($input: RecognizeInitiativeInput!) { recognizeInitiative(input: $input) { id } }`,
        variables: (district, n) => ({ input: { personId: fixtures[district].personIds[0], year: 2024, title: `Sáng kiến ${n}`, scope: 'GRASSROOTS' } }),
      },
      {
        name: 'conferLocalAward',
        query: `mutation ($input: ConferLocalAwardInput!) { conferLocalAward(input: $input) { id } }`,
        // A year the rules cover (from 2014), ahead of the demo data: a Giấy khen asks only that no discipline is in force.
        variables: (district, n) => ({ input: { year: 2050 + n, awardTypeCode: 'GK', personId: fixtures[district].personIds[0] } }),
      },
      {
        name: 'conferLocalAwards',
        query: `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id } }`,
        // LDTT needs the year rated GOOD or better (Law 06/2022): the people are rated first.
        variables: async (district, n) => {
          const personIds = fixtures[district].personIds.slice(1, 3);
          await rate(personIds, 2050 + n, district);
          return { input: { year: 2050 + n, awardTypeCode: 'LDTT', decisionNumber: `${n}/QĐ-UBND`, personIds } };
        },
      },
      {
        name: 'revokeLocalAward',
        query: `mutation ($id: ID!, $reason: String!) { revokeLocalAward(id: $id, reason: $reason) { id } }`,
        variables: async (district) => ({ id: await standingGk(district), reason: 'Trùng quyết định' }),
      },
    ];

    const callers = everyCaller(OWN, OTHER, 'III', 'IX');

    describe('authorization: exactly the officer of the row’s district writes it', () => {
      test.each(MUTATIONS.map((mutation) => [mutation.name, mutation] as const))('%s', async (_mutation, mutation) => {
        let n = 0;
        const outcomes: string[] = [];
        for (const district of [OWN, OTHER]) {
          for (const { name, caller } of callers) {
            n += 1;
            const variables = await mutation.variables(district, n);
            const before = { counts: await snapshot(), row: await mutation.row?.(district) };
            const { data, errors } = await subgraph.execute(mutation.query, variables, caller);
            const allowed = caller?.role === Role.DISTRICT_OFFICER && caller.district === district;
            if (allowed) {
              expect([name, district, errors]).toEqual([name, district, undefined]);
              expect(data).not.toBeNull();
              expect(await auditCount()).toBeGreaterThan(before.counts.audit_log);
            } else {
              expect([name, district, codes(errors)]).toEqual([name, district, [caller ? 'FORBIDDEN' : 'UNAUTHENTICATED']]);
              expect({ counts: await snapshot(), row: await mutation.row?.(district) }).toEqual(before);
            }
            outcomes.push(`${name} on ${district}: ${allowed ? 'allowed' : 'denied'}`);
          }
        }
        expect(outcomes.filter((outcome) => outcome.endsWith('allowed'))).toEqual([`DISTRICT_OFFICER of ${OWN} on ${OWN}: allowed`, `DISTRICT_OFFICER of ${OTHER} on ${OTHER}: allowed`]);
      });

      test('the audit log: its district’s officers and the city admin read it, nobody else', async () => {
        for (const district of [OWN, OTHER]) {
          for (const { name, caller } of callers) {
            const { data, errors } = await subgraph.execute(`query ($d: ID!) { districtAuditLog(district: $d, first: 5) { totalCount nodes { scope } } }`, { d: district }, caller);
            const allowed = caller?.role === Role.CITY_ADMIN || (caller?.role === Role.DISTRICT_OFFICER && caller.district === district);
            if (allowed) {
              expect([name, errors]).toEqual([name, undefined]);
              expect(data.districtAuditLog.totalCount).toBeGreaterThan(0);
              expect(data.districtAuditLog.nodes.every((entry: any) => entry.scope === `district:${district}`)).toBe(true);
            } else {
              expect([name, district, codes(errors)]).toEqual([name, district, [caller ? 'FORBIDDEN' : 'UNAUTHENTICATED']]);
              // Root fields are nullable (a refusal nulls only its own field): nothing of the log is answered.
              expect(data).toEqual({ districtAuditLog: null });
            }
          }
        }
      });

      test.each([
        ['person(id)', `query ($id: ID!) { person: person(id: $id) { fullName birthYear ratings { year } disciplines { level } } }`, (id: string) => ({ id }), (data: any) => data.person],
        [
          '_entities',
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { fullName birthYear ratings { year } disciplines { level } } } }`,
          (id: string) => ({ r: [{ __typename: 'Person', id }] }),
          (data: any) => data._entities[0],
        ],
      ])('personal data through %s: the district’s own tokens and the city admin only', async (_path, query, variablesOf, personOf) => {
        for (const district of [OWN, OTHER]) {
          const id = fixtures[district].personIds[0];
          for (const { name, caller } of callers) {
            const { data, errors } = await subgraph.execute(query, variablesOf(id), caller);
            const person = personOf(data);
            const allowed = caller?.role === Role.CITY_ADMIN || (caller !== null && caller.role !== Role.CLUSTER_ADMIN && caller.district === district);
            // The public fields answer either way.
            expect(person.fullName).toEqual(expect.any(String));
            if (allowed) {
              expect([name, errors]).toEqual([name, undefined]);
              expect(person.birthYear).toEqual(expect.any(Number));
              expect(person.ratings.length).toBeGreaterThan(0);
              expect(person.disciplines).toEqual(expect.any(Array));
            } else {
              const code = caller ? 'FORBIDDEN' : 'UNAUTHENTICATED';
              expect([name, district, codes(errors)]).toEqual([name, district, [code, code, code]]);
              expect(errors!.map((error) => error.path.at(-1)).sort()).toEqual(['birthYear', 'disciplines', 'ratings']);
              expect([person.birthYear, person.ratings, person.disciplines]).toEqual([null, null, null]);
            }
          }
        }
      });

      test('unit ratings stay public', async () => {
        const { data, errors } = await subgraph.execute(`query ($id: ID!) { unit(id: $id) { ratings { year rating } } }`, { id: fixtures[OWN].unitId });
        expect(errors).toBeUndefined();
        expect(data.unit.ratings.length).toBeGreaterThan(0);
      });
    });

    describe('bad input: a clear error naming the field, and nothing changes', () => {
      const as = officer(OWN);
      /** Runs a write that must fail with `code`, and checks no table changed. */
      async function refused(query: string, variables: Record<string, unknown>, code: string): Promise<any> {
        const before = await snapshot();
        const { data, errors } = await subgraph.execute(query, variables, as);
        expect(codes(errors)).toEqual([code]);
        expect(data ?? null).toBeNull();
        expect(await snapshot()).toEqual(before);
        return errors![0];
      }
      const createUnit = `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name kind memberCount source } }`;
      const unitInput = (input: Record<string, unknown>) => ({ input: { districtId: OWN, name: 'Phường Mới', kind: 'WARD', memberCount: 12, ...input } });

      test.each([
        ['a negative member count', { memberCount: -1 }, ['memberCount']],
        ['an over-long name (256 characters)', { name: 'Đ'.repeat(256) }, ['name']],
        ['a blank name', { name: '   ' }, ['name']],
        ['both at once', { name: 'x'.repeat(300), memberCount: 2_000_000 }, ['memberCount', 'name']],
      ])('class-validator rules: %s', async (_case, input, fields) => {
        const error = await refused(createUnit, unitInput(input), 'BAD_USER_INPUT');
        expect([...error.extensions.fields].sort()).toEqual(fields);
      });

      test.each([
        ['a member count of 10^12 (not a 32-bit Int)', { memberCount: 10 ** 12 }, 'memberCount'],
        ['a member count of the wrong type', { memberCount: 'five' }, 'memberCount'],
        ['an unknown kind', { kind: 'CASTLE' }, 'kind'],
        ['a missing field', { kind: undefined }, 'kind'],
      ])('GraphQL coercion: %s', async (_case, input, field) => {
        const error = await refused(createUnit, unitInput(input), 'BAD_USER_INPUT');
        expect(error.message).toContain(field);
      });

      test('years and dates: 99999, a day that does not exist', async () => {
        const launch = `mutation ($input: LaunchMovementInput!) { launchMovement(input: $input) { id } }`;
        const movement = (input: Record<string, unknown>) => ({ input: { districtId: OWN, year: 2024, title: 'Thi đua', ...input } });
        expect((await refused(launch, movement({ year: 99999 }), 'BAD_USER_INPUT')).extensions.argument).toBe('year');
        expect((await refused(launch, movement({ year: -2024 }), 'BAD_USER_INPUT')).extensions.argument).toBe('year');
        expect((await refused(launch, movement({ launchedOn: '2024-02-30' }), 'BAD_USER_INPUT')).extensions.argument).toBe('launchedOn');
        const birth = await refused(
          `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
          { input: { unitId: fixtures[OWN].unitId, fullName: 'Lê Văn An', position: 'Chuyên viên', gender: 'MALE', birthYear: 99999 } },
          'BAD_USER_INPUT',
        );
        expect(birth.extensions.fields).toEqual(['birthYear']);
      });

      test('unknown ids: NOT_FOUND naming the field', async () => {
        const unknownUnit = await refused(
          `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
          { input: { unitId: `${OWN}-u999`, fullName: 'Lê Văn An', position: 'Chuyên viên', gender: 'MALE' } },
          'NOT_FOUND',
        );
        expect(unknownUnit.extensions.field).toBe('unitId');
        await refused(`mutation { updateUnit(id: "no-such-unit", input: { memberCount: 3 }) { id } }`, {}, 'NOT_FOUND');
        await refused(`mutation { recordTargetResult(id: "abc", actual: 1) { id } }`, {}, 'NOT_FOUND');
        await refused(`mutation { revokeLocalAward(id: "99999999", reason: "x") { id } }`, {}, 'NOT_FOUND');
        const person = await refused(
          `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id } }`,
          { input: { year: 2024, awardTypeCode: 'GK', personIds: [fixtures[OWN].personIds[0], `${OWN}-p9999`] } },
          'NOT_FOUND',
        );
        expect(person.extensions).toMatchObject({ field: 'personIds', id: `${OWN}-p9999` });
      });

      test("another district's unit or person: FORBIDDEN for the officer, even in a list with its own", async () => {
        await refused(`mutation ($id: ID!) { updateUnit(id: $id, input: { memberCount: 3 }) { id } }`, { id: fixtures[OTHER].unitId }, 'FORBIDDEN');
        await refused(
          `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id } }`,
          { input: { year: 2024, awardTypeCode: 'GK', personIds: [fixtures[OWN].personIds[0], fixtures[OTHER].personIds[0]] } },
          'FORBIDDEN',
        );
      });

      test('SQL-looking strings, diacritics and emoji are stored and read back exactly', async () => {
        for (const name of [SQL_LOOKING, VIETNAMESE, 'Đ'.repeat(255), '🏅'.repeat(255)]) {
          const { data, errors } = await subgraph.execute(createUnit, unitInput({ name }), as);
          expect(errors).toBeUndefined();
          expect(data.createUnit).toMatchObject({ name, kind: 'WARD', memberCount: 12, source: 'entered' });
          const read = await subgraph.execute(`query ($id: ID!) { unit(id: $id) { name } }`, { id: data.createUnit.id });
          expect(read.data.unit.name).toBe(name);
        }
        expect(await count('SELECT COUNT(*) AS n FROM unit WHERE district_id = ?', [OWN])).toBeGreaterThan(4);
        const person = await subgraph.execute(
          `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id fullName position birthYear } }`,
          { input: { unitId: fixtures[OWN].unitId, fullName: 'Nguyễn Thị Ánh Tuyết 🌸', position: SQL_LOOKING, gender: 'FEMALE', birthYear: 1979 } },
          as,
        );
        expect(person.errors).toBeUndefined();
        expect(person.data.addPerson).toMatchObject({ id: expect.stringMatching(/^ba-dinh-p\d{4,}$/), fullName: 'Nguyễn Thị Ánh Tuyết 🌸', position: SQL_LOOKING, birthYear: 1979 });
      });

      test('new ids are the next of their district', async () => {
        const [last] = await rows(`SELECT id FROM unit WHERE district_id = ? ORDER BY LENGTH(id) DESC, id DESC LIMIT 1`, [OWN]);
        const { data } = await subgraph.execute(createUnit, unitInput({}), as);
        const next = Number(/\d+$/.exec(last.id)![0]) + 1;
        expect(data.createUnit.id).toBe(`${OWN}-u${String(next).padStart(3, '0')}`);
      });

      test('updateUnit changes only the fields given, and needs one', async () => {
        const { data: created } = await subgraph.execute(createUnit, unitInput({ name: 'Trường Mầm non Hoa Sen' }), as);
        const { data, errors } = await subgraph.execute(
          `mutation ($id: ID!) { updateUnit(id: $id, input: { kind: SCHOOL }) { name kind memberCount } }`,
          { id: created.createUnit.id },
          as,
        );
        expect(errors).toBeUndefined();
        expect(data.updateUnit).toEqual({ name: 'Trường Mầm non Hoa Sen', kind: 'SCHOOL', memberCount: 12 });
        const empty = await refused(`mutation ($id: ID!) { updateUnit(id: $id, input: {}) { id } }`, { id: created.createUnit.id }, 'BAD_USER_INPUT');
        expect(empty.extensions.field).toBe('input');
      });

      test('targets: set without a result, then recorded; negative and large values are stored exactly, absurd ones refused', async () => {
        const { data, errors } = await subgraph.execute(
          `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id actual achievementPercent exceeded } }`,
          { input: { districtId: OWN, year: 2025, name: 'Tỷ lệ hộ nghèo', unitOfMeasure: '%', planned: 0.5, higherIsBetter: false } },
          as,
        );
        expect(errors).toBeUndefined();
        expect(data.setTarget).toMatchObject({ actual: null, achievementPercent: null, exceeded: null });
        const record = `mutation ($id: ID!, $actual: Float!) { recordTargetResult(id: $id, actual: $actual) { actual } }`;
        for (const actual of [0.4, -3.5, 1e15]) {
          const recorded = await subgraph.execute(record, { id: data.setTarget.id, actual }, as);
          expect(recorded.data.recordTargetResult.actual).toBe(actual);
        }
        // No target of the graph is 1e300 of anything: outside ±1e15 is a typing mistake (MAX_QUANTITY).
        expect((await refused(record, { id: data.setTarget.id, actual: 1e300 }, 'BAD_USER_INPUT')).extensions.argument).toBe('actual');
        const { data: read } = await subgraph.execute(`{ district(id: "${OWN}") { targets(year: 2025) { name actual } } }`);
        expect(read.district.targets).toEqual([{ name: 'Tỷ lệ hộ nghèo', actual: 1e15 }]);
      });

      describe('award rules', () => {
        const confer = `mutation ($input: ConferLocalAwardInput!) { conferLocalAward(input: $input) { id year awardType { code } person { id } unit { id } decisionNumber decidedOn } }`;
        const revoke = `mutation ($id: ID!, $reason: String!) { revokeLocalAward(id: $id, reason: $reason) { id awardType { code } } }`;
        const YEAR = 2030;
        let person: string;
        beforeAll(() => {
          person = fixtures[OWN].personIds[3];
        });

        test('only the district’s own titles and forms, each to its kind of recipient, to exactly one recipient', async () => {
          const code = await refused(confer, { input: { year: YEAR, awardTypeCode: 'CSTD_TP', personId: person } }, 'BAD_USER_INPUT');
          expect(code.extensions.fields).toEqual(['awardTypeCode']);
          expect((await refused(confer, { input: { year: YEAR, awardTypeCode: 'LDTT', unitId: fixtures[OWN].unitId } }, 'BAD_USER_INPUT')).extensions.field).toBe('unitId');
          expect((await refused(confer, { input: { year: YEAR, awardTypeCode: 'TTLDTT', personId: person } }, 'BAD_USER_INPUT')).extensions.field).toBe('personId');
          await refused(confer, { input: { year: YEAR, awardTypeCode: 'GK', personId: person, unitId: fixtures[OWN].unitId } }, 'BAD_USER_INPUT');
          await refused(confer, { input: { year: YEAR, awardTypeCode: 'GK' } }, 'BAD_USER_INPUT');
          expect((await refused(confer, { input: { year: YEAR, awardTypeCode: 'GK', personId: person, decidedOn: '31/12/2030' } }, 'BAD_USER_INPUT')).extensions.argument).toBe('decidedOn');
          expect((await refused(confer, { input: { year: YEAR, awardTypeCode: 'GK', personId: person, decisionNumber: 'x'.repeat(65) } }, 'BAD_USER_INPUT')).extensions.fields).toEqual(['decisionNumber']);
          await refused(
            `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id } }`,
            { input: { year: YEAR, awardTypeCode: 'GK', personIds: [person, person] } },
            'BAD_USER_INPUT',
          );
        });

        test('CSTDCS needs the LDTT of the same year; one award of a type per recipient a year; an LDTT a CSTDCS rests on is revoked last', async () => {
          expect((await refused(confer, { input: { year: YEAR, awardTypeCode: 'CSTDCS', personId: person } }, 'NOT_ELIGIBLE')).extensions.field).toBe('personId');
          // Rated EXCELLENT: LDTT needs GOOD or better, CSTDCS an EXCELLENT year (or an initiative) besides the LDTT.
          await rate([person], YEAR, OWN, 'EXCELLENT');
          const ldtt = await subgraph.execute(confer, { input: { year: YEAR, awardTypeCode: 'LDTT', personId: person, decisionNumber: '12/QĐ-UBND', decidedOn: '2030-12-20' } }, as);
          expect(ldtt.errors).toBeUndefined();
          expect(ldtt.data.conferLocalAward).toMatchObject({ year: YEAR, awardType: { code: 'LDTT' }, person: { id: person }, unit: null, decisionNumber: '12/QĐ-UBND', decidedOn: '2030-12-20' });
          expect((await refused(confer, { input: { year: YEAR, awardTypeCode: 'LDTT', personId: person } }, 'CONFLICT')).extensions.field).toBe('personId');
          const cstdcs = await subgraph.execute(confer, { input: { year: YEAR, awardTypeCode: 'CSTDCS', personId: person } }, as);
          expect(cstdcs.errors).toBeUndefined();
          await refused(revoke, { id: ldtt.data.conferLocalAward.id, reason: 'Sai đối tượng' }, 'NOT_ELIGIBLE');
          for (const award of [cstdcs.data.conferLocalAward, ldtt.data.conferLocalAward]) {
            const revoked = await subgraph.execute(revoke, { id: award.id, reason: 'Sai đối tượng' }, as);
            expect(revoked.errors).toBeUndefined();
            expect(revoked.data.revokeLocalAward).toEqual({ id: award.id, awardType: award.awardType });
          }
          // Both stay on record, revoked: neither is in force.
          expect(await rows('SELECT award_type_code AS code, status, in_force FROM local_award WHERE person_id = ? AND year = ? ORDER BY award_type_code', [person, YEAR])).toEqual([
            { code: 'CSTDCS', status: 'REVOKED', in_force: null },
            { code: 'LDTT', status: 'REVOKED', in_force: null },
          ]);
        });

        test('a CSTDCS that rests on an initiative uses it up, audited; one rated EXCELLENT keeps it for a later title', async () => {
          const year = YEAR + 1;
          const [onInitiative, excellent] = fixtures[OWN].personIds.slice(0, 2);
          await rate([onInitiative], year, OWN, 'GOOD');
          await rate([excellent], year, OWN, 'EXCELLENT');
          const initiatives: Record<string, number> = {};
          for (const holder of [onInitiative, excellent]) {
            await rows('INSERT INTO initiative (district_id, person_id, year, title, scope, source) VALUES (?, ?, ?, ?, ?, ?)', [OWN, holder, year, `Sáng kiến ${holder}`, 'GRASSROOTS', 'test']);
            [{ id: initiatives[holder] }] = await rows('SELECT id FROM initiative WHERE person_id = ? AND year = ?', [holder, year]);
            const ldtt = await subgraph.execute(confer, { input: { year, awardTypeCode: 'LDTT', personId: holder } }, as);
            expect(ldtt.errors).toBeUndefined();
          }
          const audit = await auditCount();
          for (const holder of [onInitiative, excellent]) {
            const cstdcs = await subgraph.execute(confer, { input: { year, awardTypeCode: 'CSTDCS', personId: holder } }, as);
            expect(cstdcs.errors).toBeUndefined();
          }
          const usedFor = async (holder: string) => (await rows('SELECT used_for_award_code AS code FROM initiative WHERE id = ?', [initiatives[holder]]))[0].code;
          expect(await usedFor(onInitiative)).toBe('CSTDCS');
          expect(await usedFor(excellent)).toBeNull();
          // Two awards and the one initiative they used up.
          expect(await auditCount()).toBe(audit + 3);
          expect(await count(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'Initiative' AND entity_id = ?`, [String(initiatives[onInitiative])])).toBe(1);
        });

        test('a decision on many recipients is refused whole when one of them already holds the title', async () => {
          const many = `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id } }`;
          const [first, second] = fixtures[OWN].personIds.slice(4, 6);
          const once = await subgraph.execute(many, { input: { year: YEAR, awardTypeCode: 'GK', personIds: [first] } }, as);
          expect(once.errors).toBeUndefined();
          const conflict = await refused(many, { input: { year: YEAR, awardTypeCode: 'GK', personIds: [second, first] } }, 'CONFLICT');
          expect(conflict.extensions).toMatchObject({ field: 'personIds', id: first });
        });
      });
    });

    describe('transactions: a decision on many people happens whole or not at all', () => {
      const many = `mutation ($input: ConferLocalAwardsInput!) { conferLocalAwards(input: $input) { id person { id } } }`;
      const input = (year: number) => ({ input: { year, awardTypeCode: 'LDTT', decisionNumber: '45/QĐ-UBND', personIds: fixtures[OWN].personIds.slice(0, 3) } });
      // LDTT needs the year rated GOOD or better.
      beforeAll(() => rate(fixtures[OWN].personIds.slice(0, 3), 2040, OWN));
      const awardsOf = (year: number) => count(`SELECT COUNT(*) AS n FROM local_award WHERE district_id = ? AND year = ? AND award_type_code = 'LDTT'`, [OWN, year]);

      test('a failure after the first insert leaves no award and no audit row', async () => {
        const audit = await auditCount();
        const restore = failOnInsert(subgraph.db, LocalAward, 2);
        try {
          const { errors } = await subgraph.execute(many, input(2040), officer(OWN));
          expect(errors?.[0].message).toMatch(/injected failure/);
        } finally {
          restore();
        }
        expect(await awardsOf(2040)).toBe(0);
        expect(await auditCount()).toBe(audit);
      });

      test('without the fault it writes 3 awards and 3 audit rows', async () => {
        const audit = await auditCount();
        const { data, errors } = await subgraph.execute(many, input(2040), officer(OWN));
        expect(errors).toBeUndefined();
        expect(data.conferLocalAwards.map((award: any) => award.person.id)).toEqual(fixtures[OWN].personIds.slice(0, 3));
        expect(await awardsOf(2040)).toBe(3);
        expect(await auditCount()).toBe(audit + 3);
      });
    });

    describe('the audit row', () => {
      const log = `query ($d: ID!, $after: String) { districtAuditLog(district: $d, first: 100, after: $after) {
        nodes { id at actor role scope operation entity entityId before after requestId } pageInfo { hasNextPage endCursor } } }`;
      async function entries(): Promise<any[]> {
        const all: any[] = [];
        let after: string | null = null;
        for (;;) {
          const { data, errors }: { data?: any; errors?: any[] } = await subgraph.execute(log, { d: OWN, after }, { role: Role.CITY_ADMIN });
          expect(errors).toBeUndefined();
          all.push(...data.districtAuditLog.nodes);
          if (!data.districtAuditLog.pageInfo.hasNextPage) return all;
          after = data.districtAuditLog.pageInfo.endCursor;
        }
      }

      test('says who, when, which operation, the row before and after, and the request', async () => {
        const person = fixtures[OWN].personIds[2];
        const rate = `mutation ($input: RateYearInput!) { rateYear(input: $input) { id rating } }`;
        const first = await subgraph.execute(rate, { input: { year: 2045, rating: 'GOOD', personId: person } }, officer(OWN));
        const second = await subgraph.execute(rate, { input: { year: 2045, rating: 'EXCELLENT', personId: person } }, officer(OWN));
        expect(second.data.rateYear).toEqual({ id: first.data.rateYear.id, rating: 'EXCELLENT' });
        const gk = await standingGk(OWN);
        await subgraph.execute(`mutation ($id: ID!) { revokeLocalAward(id: $id, reason: "Quyết định 99/QĐ-UBND thu hồi") { id } }`, { id: gk }, officer(OWN));

        const [created, changed, revoked] = (await entries()).slice(-3);
        expect(created).toMatchObject({
          actor: `officer-${OWN}`,
          role: 'DISTRICT_OFFICER',
          scope: `district:${OWN}`,
          operation: 'rateYear',
          entity: 'YearRating',
          entityId: first.data.rateYear.id,
          before: null,
          requestId: 'test',
        });
        expect(new Date(created.at).toISOString()).toBe(created.at);
        expect(JSON.parse(created.after)).toMatchObject({ personId: person, unitId: null, year: 2045, rating: 'GOOD', source: 'entered' });
        expect(changed.operation).toBe('rateYear');
        expect([JSON.parse(changed.before).rating, JSON.parse(changed.after).rating]).toEqual(['GOOD', 'EXCELLENT']);
        expect(revoked).toMatchObject({ operation: 'revokeLocalAward', entity: 'LocalAward', entityId: gk });
        expect(JSON.parse(revoked.before)).toMatchObject({ id: Number(gk), awardTypeCode: 'GK', districtId: OWN });
        expect(JSON.parse(revoked.after)).toMatchObject({
          id: Number(gk),
          status: 'REVOKED',
          inForce: null,
          revokedBy: `officer-${OWN}`,
          revocationReason: 'Quyết định 99/QĐ-UBND thu hồi',
          revokingDecision: null,
        });
      });
    });
  });
});
