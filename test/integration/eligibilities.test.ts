import { Role } from '../../services/core/auth';
import { ruleAwardTypesFor } from '../../services/core/rules/select';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

// Person.eligibilities and Unit.eligibilities (issue 13's record view: what a recipient is eligible
// for next and what is missing) on the demo data: every award type of the recipient's kind in the
// rule version in force, each answered as the single `eligibility` field answers it, from rows read
// once for all of them. The city's awards come in the representations, as the gateway sends them.

// The published person of the demo (Đỗ Trọng Nam, CSTD_TP 2023) and his unit.
const PERSON = 'dong-da-do-trong-nam';
const UNIT = 'dong-da-u001';
const DISTRICT = 'dong-da';
// Under Decree 91/2017, under Law 06/2022, and the year after the demo's last (what is eligible next).
const YEARS = [2023, 2024, 2025];
const officer: Caller = { role: Role.DISTRICT_OFFICER, district: DISTRICT };

const ELIGIBILITY = `awardType { code } year recipientKind eligible evidenceWithheld rule { id }
  conditions { code kind met description descriptionVi evidence { years awards { awardTypeCode year } initiatives { title scope } ratings { year rating } disciplines { level } count of rank clusterId note }
    parts { code met } }`;

type Kind = 'Person' | 'Unit';
const KIND_OF: Record<Kind, 'INDIVIDUAL' | 'COLLECTIVE'> = { Person: 'INDIVIDUAL', Unit: 'COLLECTIVE' };

describe.each(DATABASES)('eligibilities of a person and a unit on %s', (_name, makeDatabases, describeOn) => {
  describeOn('every award type of the recipient’s kind', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    const rows = (sql: string, parameters: unknown[] = []): Promise<any[]> => subgraph.db.query(sql, parameters);
    const codes = (errors: any[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);
    const representation = (typename: Kind, id: string) => ({ __typename: typename, id, cityAwardFacts: [] });

    beforeAll(async () => {
      databases = makeDatabases('eligibilities');
      subgraph = await subgraphUnderTest(districtSubgraph, 'hanoi', databases.urls.district);
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    const list = (typename: Kind, ids: string[], year: number, as: Caller | null = officer, fields = ELIGIBILITY) =>
      subgraph.execute(
        `query ($r: [_Any!]!, $y: Int!) { _entities(representations: $r) { ... on ${typename} { id eligibilities(year: $y) { ${fields} } } } }`,
        { r: ids.map((id) => representation(typename, id)), y: year },
        as,
      );
    const single = (typename: Kind, id: string, awardType: string, year: number, as: Caller | null = officer) =>
      subgraph.execute(
        `query ($r: [_Any!]!, $a: String!, $y: Int!) { _entities(representations: $r) { ... on ${typename} { id eligibility(awardType: $a, year: $y) { ${ELIGIBILITY} } } } }`,
        { r: [representation(typename, id)], a: awardType, y: year },
        as,
      );

    test('the rule version’s award types of the kind, in its order: LDTT first for a person, TTLDTT for a unit', () => {
      for (const year of YEARS) {
        expect(ruleAwardTypesFor(year, 'INDIVIDUAL').slice(0, 3)).toEqual(['LDTT', 'CSTDCS', 'CSTD_TP']);
        expect(ruleAwardTypesFor(year, 'COLLECTIVE').slice(0, 2)).toEqual(['TTLDTT', 'TTLDXS']);
        expect(ruleAwardTypesFor(year, 'INDIVIDUAL')).not.toContain('TTLDTT');
        expect(ruleAwardTypesFor(year, 'COLLECTIVE')).not.toContain('LDTT');
      }
    });

    test.each([
      ['Person', PERSON],
      ['Unit', UNIT],
    ] as Array<[Kind, string]>)('%s %s: the list equals the single field’s answers type by type, evidence shown or withheld', async (typename, id) => {
      for (const year of YEARS) {
        for (const caller of [officer, null]) {
          const { data, errors } = await list(typename, [id], year, caller);
          expect(errors).toBeUndefined();
          const answers = data._entities[0].eligibilities;
          const awardTypes = ruleAwardTypesFor(year, KIND_OF[typename]);
          expect(answers.map((answer: any) => answer.awardType.code)).toEqual(awardTypes);
          for (const [index, awardType] of awardTypes.entries()) {
            const one = await single(typename, id, awardType, year, caller);
            expect(one.errors).toBeUndefined();
            expect([year, awardType, answers[index]]).toEqual([year, awardType, one.data._entities[0].eligibility]);
          }
          expect(answers.every((answer: any) => answer.evidenceWithheld === (caller === null))).toBe(true);
          if (caller === null) {
            const evidence = answers.flatMap((answer: any) => answer.conditions.map((condition: any) => condition.evidence));
            expect(evidence.flatMap((shown: any) => [...shown.ratings, ...shown.disciplines])).toEqual([]);
          }
        }
      }
    });

    test('a person and a unit the demo conferred a title on by the rule are shown eligible for it', async () => {
      const year = 2024;
      // The demo's generator confers a title only where the rule in force is met (basis RULE).
      const holderOf = async (column: 'person_id' | 'unit_id', awardType: string) =>
        (
          await rows(
            `SELECT ${column} AS id FROM local_award WHERE district_id = ? AND year = ? AND award_type_code = ? AND basis = 'RULE' AND in_force = 1 AND ${column} IS NOT NULL ORDER BY ${column} LIMIT 1`,
            [DISTRICT, year, awardType],
          )
        )[0].id as string;
      for (const [typename, awardType] of [
        ['Person', 'CSTDCS'],
        ['Unit', 'TTLDTT'],
      ] as Array<[Kind, string]>) {
        const id = await holderOf(typename === 'Person' ? 'person_id' : 'unit_id', awardType);
        const { data, errors } = await list(typename, [id], year, officer, 'awardType { code } eligible conditions { code met }');
        expect(errors).toBeUndefined();
        const answer = data._entities[0].eligibilities.find((each: any) => each.awardType.code === awardType);
        expect([id, answer]).toEqual([id, { awardType: { code: awardType }, eligible: true, conditions: expect.any(Array) }]);
        expect(answer.conditions.every((condition: any) => condition.met)).toBe(true);
      }
    });

    test('as many SQL statements for every award type of twenty recipients as for one type of one', async () => {
      for (const [typename, table, awardType] of [
        ['Person', 'person', 'CSTDCS'],
        ['Unit', 'unit', 'TTLDXS'],
      ] as Array<[Kind, string, string]>) {
        const ids = (await rows(`SELECT id FROM ${table} WHERE district_id = ? ORDER BY id LIMIT 20`, [DISTRICT])).map((row) => row.id as string);
        expect(ids).toHaveLength(20);
        // Per rule version: Decree 91's CSTDCS caps a unit's holders (one more statement counts them), Law 06's does not.
        for (const year of [2023, 2025]) {
          const one = await single(typename, ids[0], awardType, year);
          expect(one.errors).toBeUndefined();
          const counted = [selects(subgraph.statements).length];
          for (const asked of [ids.slice(0, 1), ids]) {
            const many = await list(typename, asked, year, officer, 'awardType { code } eligible');
            expect(many.errors).toBeUndefined();
            expect(many.data._entities).toHaveLength(asked.length);
            counted.push(selects(subgraph.statements).length);
          }
          expect([typename, year, counted]).toEqual([typename, year, [counted[0], counted[0], counted[0]]]);
        }
      }
    });

    test.each([
      ['a year before 1945', 1900],
      ['a year after 2100', 2200],
      ['a year no rule version covers', 1990],
    ])('bad input: %s is BAD_USER_INPUT, as for the single field', async (_case, year) => {
      for (const [typename, id] of [
        ['Person', PERSON],
        ['Unit', UNIT],
      ] as Array<[Kind, string]>) {
        const { data, errors } = await list(typename, [id], year, officer, 'eligible');
        expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
        expect(data._entities[0].eligibilities).toBeNull();
      }
    });

    test('a representation without the city’s awards is BAD_USER_INPUT; null facts (the city down) name the city', async () => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { eligibilities(year: 2024) { eligible } } } }`;
      const lacking = await subgraph.execute(query, { r: [{ __typename: 'Person', id: PERSON }] });
      expect(codes(lacking.errors)).toEqual(['BAD_USER_INPUT']);
      const down = await subgraph.execute(query, { r: [{ __typename: 'Person', id: PERSON, cityAwardFacts: null }] });
      expect(down.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'city' });
    });
  });
});
