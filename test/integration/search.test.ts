import { Role } from '../../services/core/auth';
import { foldText } from '../../services/core/fold-text';
import { datasetPlan, plannedPeople, plannedUnits } from '../../demo/datasets';
import { citySubgraph } from '../../services/city/subgraph';
import { districtSubgraph } from '../../services/district/subgraph';
import { searchPageQuery } from '../../services/district/name-search';
import { DATABASES, type TestDatabases } from '../support/databases';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

const HANOI = datasetPlan('hanoi');
const NAM = HANOI.namedPeople.find((person) => person.fullName === 'Đỗ Trọng Nam')!;
const DONG_DA = HANOI.districts.find((district) => district.id === 'dong-da')!;
const BA_DINH = HANOI.districts.find((district) => district.id === 'ba-dinh')!;
// Đống Đa's last unit is its culture and sports centre (demo/datasets.ts, plannedUnits).
const CENTRE = plannedUnits('hanoi', DONG_DA, 1).at(-1)!;
const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'dong-da', subject: 'officer-dong-da' };

/** What the search must answer, computed from the names themselves: every word of the text starts a word of the name. */
function expected<T extends { id: string }>(items: T[], nameOf: (item: T) => string, text: string): string[] {
  const words = foldText(text).split(' ');
  return items
    .filter((item) => {
      const nameWords = foldText(nameOf(item)).split(' ');
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    })
    .sort((a, b) => (foldText(nameOf(a)) < foldText(nameOf(b)) ? -1 : foldText(nameOf(a)) > foldText(nameOf(b)) ? 1 : a.id < b.id ? -1 : 1))
    .map((item) => item.id);
}

const SEARCH_PEOPLE = `query ($text: String!, $district: ID, $first: Int!, $after: String) {
  searchPeople(text: $text, district: $district, first: $first, after: $after) {
    totalCount nodes { id fullName } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const SEARCH_UNITS = `query ($text: String!, $district: ID, $first: Int!, $after: String) {
  searchUnits(text: $text, district: $district, first: $first, after: $after) {
    totalCount nodes { id name } pageInfo { hasNextPage endCursor }
  }
}`;

describe.each(DATABASES)('name search on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the district subgraph', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    const mysql = () => databases.kind === 'mysql';

    async function search(query: string, variables: Record<string, unknown>, field: 'searchPeople' | 'searchUnits'): Promise<any> {
      const { data, errors } = await subgraph.execute(query, { first: 100, ...variables });
      expect(errors).toBeUndefined();
      return data[field];
    }

    /** Every id the search answers, page by page. */
    async function everyId(query: string, variables: Record<string, unknown>, field: 'searchPeople' | 'searchUnits', first: number): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await search(query, { ...variables, first, after }, field);
        ids.push(...page.nodes.map((node: any) => node.id));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
    }

    /** The plan of a search's statement: what the index must serve. */
    async function plan(kind: 'person' | 'unit', text: string, district: string | null): Promise<string> {
      const [sql, parameters] = searchPageQuery(subgraph.db, kind, { text, district }, { first: 20 }).getQueryAndParameters();
      const steps: any[] = await subgraph.db.query(`${mysql() ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${sql}`, parameters);
      return steps.map((step) => (mysql() ? `${step.table} ${step.type} ${step.key}` : step.detail)).join('\n');
    }

    beforeAll(async () => {
      databases = makeDatabases('search');
      subgraph = await subgraphUnderTest(districtSubgraph, 'hanoi', databases.urls.district);
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    test('"do trong nam" finds Đỗ Trọng Nam across the districts, in his district, and in any order or by beginnings', async () => {
      for (const text of ['do trong nam', 'Đỗ Trọng Nam', 'nam trong do', 'ĐỖ TR. N', 'do-trong']) {
        const found = await search(SEARCH_PEOPLE, { text }, 'searchPeople');
        expect([text, found.nodes.map((node: any) => node.id)]).toEqual([text, expect.arrayContaining([NAM.id])]);
      }
      const inDongDa = await search(SEARCH_PEOPLE, { text: 'do trong nam', district: 'dong-da' }, 'searchPeople');
      expect(inDongDa.nodes).toEqual([{ id: NAM.id, fullName: 'Đỗ Trọng Nam' }]);
      expect(inDongDa.totalCount).toBe(1);
      const elsewhere = await search(SEARCH_PEOPLE, { text: 'do trong nam', district: 'ba-dinh' }, 'searchPeople');
      expect(elsewhere).toMatchObject({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
    });

    test("answers exactly the people whose words the text's words start, by folded name then id, page after page", async () => {
      const people = plannedPeople('hanoi', BA_DINH, 1);
      for (const text of ['nguyen h', 'Phạm', 'thi ng', 'hoa', 'tr']) {
        const want = expected(people, (person) => person.fullName, text);
        expect([text, want.length > 1]).toEqual([text, true]);
        expect([text, await everyId(SEARCH_PEOPLE, { text, district: 'ba-dinh' }, 'searchPeople', 7)]).toEqual([text, want]);
        const whole = await search(SEARCH_PEOPLE, { text, district: 'ba-dinh', first: 0 }, 'searchPeople');
        expect(whole.totalCount).toBe(want.length);
      }
    });

    test('a unit is found by the beginnings of its words, without accents', async () => {
      expect(CENTRE.name).toBe('Trung tâm Văn hóa – Thể thao Đống Đa');
      const found = await search(SEARCH_UNITS, { text: 'van hoa the thao dong' }, 'searchUnits');
      expect(found.nodes).toContainEqual({ id: CENTRE.id, name: CENTRE.name });
      const inDistrict = await search(SEARCH_UNITS, { text: 'tt th van dong da', district: 'dong-da' }, 'searchUnits');
      expect(inDistrict.nodes).toEqual([]);
      const partial = await search(SEARCH_UNITS, { text: 'trung tam van h', district: 'dong-da' }, 'searchUnits');
      expect(partial.nodes).toEqual([{ id: CENTRE.id, name: CENTRE.name }]);
      const units = plannedUnits('hanoi', BA_DINH, 1);
      for (const text of ['phuong', 'truong tieu', 'phong noi vu ba']) {
        expect([text, await everyId(SEARCH_UNITS, { text, district: 'ba-dinh' }, 'searchUnits', 4)]).toEqual([text, expected(units, (unit) => unit.name, text)]);
      }
    });

    test('refuses a text of fewer than 2 or more than 100 characters once folded, and a foreign cursor', async () => {
      for (const text of ['a', 'Đ', ' ?! ', '', 'x'.repeat(101), 'ab '.repeat(34)]) {
        const { errors } = await subgraph.execute(SEARCH_PEOPLE, { text, first: 5 });
        expect([text, errors?.[0].extensions]).toEqual([text, expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'text' })]);
      }
      const fine = await subgraph.execute(SEARCH_UNITS, { text: `${'ab '.repeat(33)}a`, first: 5 });
      expect(fine.errors).toBeUndefined();
      const { errors } = await subgraph.execute(SEARCH_UNITS, { text: 'phuong', first: 5, after: 'bm90IGEgY3Vyc29y' });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    });

    test('a page costs one statement on the word table, one for its people, and one for the count', async () => {
      await search(SEARCH_PEOPLE, { text: 'nguyen van', first: 50 }, 'searchPeople');
      expect(selects(subgraph.statements)).toHaveLength(3);
      expect(selects(subgraph.statements)[0]).toMatch(/person_name_word/);
    });

    test("the statement reads the word index, never the people's names", async () => {
      const cityWide = await plan('person', 'do trong nam', null);
      const inDistrict = await plan('person', 'do trong nam', 'dong-da');
      const units = await plan('unit', 'trung tam van', null);
      expect(cityWide).toMatch(/idx_person_name_word/);
      // Either index: MariaDB may range over the words and check the district on the row.
      expect(inDistrict).toMatch(/idx_person_name_word/);
      expect(units).toMatch(/idx_unit_name_word/);
      // No scan of a table: MariaDB may materialize an EXISTS (a semi-join) and scan that, which is its result, not a table.
      for (const text of [cityWide, inDistrict, units]) {
        expect(text).not.toMatch(/\bperson\b|\bunit\b|SCAN (found|other)|(found|other\d+) ALL/);
      }
    });

    test('a person added or a unit created or renamed through the write API is found right after', async () => {
      const unitId = plannedUnits('hanoi', DONG_DA, 1)[0].id;
      const added = await subgraph.execute(
        `mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
        { input: { unitId, fullName: 'Lưu Thị Ánh Tuyết', position: 'Chuyên viên', gender: 'FEMALE', birthYear: 1988 } },
        OFFICER,
      );
      expect(added.errors).toBeUndefined();
      const found = await search(SEARCH_PEOPLE, { text: 'luu anh tuyet' }, 'searchPeople');
      expect(found.nodes).toEqual([{ id: added.data.addPerson.id, fullName: 'Lưu Thị Ánh Tuyết' }]);

      const created = await subgraph.execute(
        `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
        { input: { districtId: 'dong-da', name: 'Tổ dân phố Khâm Thiên số 9', kind: 'OTHER', memberCount: 12 } },
        OFFICER,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data.createUnit.id;
      expect((await search(SEARCH_UNITS, { text: 'kham thien', district: 'dong-da' }, 'searchUnits')).nodes).toEqual([{ id, name: 'Tổ dân phố Khâm Thiên số 9' }]);
      const renamed = await subgraph.execute(`mutation ($id: ID!) { updateUnit(id: $id, input: { name: "Tổ dân phố Văn Chương số 2" }) { id } }`, { id }, OFFICER);
      expect(renamed.errors).toBeUndefined();
      expect((await search(SEARCH_UNITS, { text: 'kham thien', district: 'dong-da' }, 'searchUnits')).nodes).toEqual([]);
      expect((await search(SEARCH_UNITS, { text: 'to dan pho van chuong', district: 'dong-da' }, 'searchUnits')).nodes).toEqual([{ id, name: 'Tổ dân phố Văn Chương số 2' }]);
    });

    // Last: it undoes and redoes the migration on this database.
    test('the migration fills the word tables for the people and units on record, as the seed and the writes do', async () => {
      const words = async () => ({
        people: await subgraph.db.query('SELECT person_id, word, district_id, folded_name FROM person_name_word ORDER BY person_id, word'),
        units: await subgraph.db.query('SELECT unit_id, word, district_id, folded_name FROM unit_name_word ORDER BY unit_id, word'),
      });
      const before = await words();
      expect(before.people.length).toBeGreaterThan(HANOI.districts.length * 250 * 2);
      // The newest migration (by its timestamp) is this one: undone, the word tables are gone.
      await subgraph.db.undoLastMigration();
      const queryRunner = subgraph.db.createQueryRunner();
      expect([await queryRunner.hasTable('person_name_word'), await queryRunner.hasTable('unit_name_word')]).toEqual([false, false]);
      await queryRunner.release();
      await subgraph.db.runMigrations();
      expect(await words()).toEqual(before);
    });
  });

  describeOn('the city subgraph', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;

    const DECISIONS = `query ($number: String, $year: Int) { awardDecisions(number: $number, year: $year, first: 100) { totalCount nodes { id number } } }`;

    beforeAll(async () => {
      databases = makeDatabases('search');
      subgraph = await subgraphUnderTest(citySubgraph, 'hanoi', databases.urls.city);
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    test('a decision is found by the start of its number, in lower case without accents', async () => {
      const [{ number }] = await subgraph.db.query(`SELECT number FROM award_decision WHERE number LIKE '%/QĐ-UBND' ORDER BY id LIMIT 1`);
      const start = `${number.split('/')[0]}/qd`;
      const { data, errors } = await subgraph.execute(DECISIONS, { number: start });
      expect(errors).toBeUndefined();
      expect(data.awardDecisions.nodes.map((node: any) => node.number)).toContain(number);
      for (const node of data.awardDecisions.nodes) expect(foldText(node.number).startsWith(foldText(start))).toBe(true);
      expect(data.awardDecisions.totalCount).toBe(data.awardDecisions.nodes.length);
      // Exactly the decisions whose folded number starts so.
      const all: Array<{ number: string }> = await subgraph.db.query('SELECT number FROM award_decision');
      const prefix = number.slice(0, 2);
      const want = all.filter((row) => foldText(row.number).startsWith(prefix)).length;
      expect((await subgraph.execute(DECISIONS, { number: prefix })).data.awardDecisions.totalCount).toBe(want);
      // With a year, both narrow.
      const inYear = await subgraph.execute(DECISIONS, { number: 'x', year: 2023 });
      expect(inYear.data.awardDecisions.nodes).toEqual([]);
    });

    test('refuses a number that folds to nothing or to more than 100 characters', async () => {
      for (const number of ['', '/-', '9'.repeat(101)]) {
        const { errors } = await subgraph.execute(DECISIONS, { number });
        expect([number, errors?.[0].extensions]).toEqual([number, expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'number' })]);
      }
    });

    test('the number search reads idx_award_decision_folded_number', async () => {
      const mysql = databases.kind === 'mysql';
      expect((await subgraph.execute(DECISIONS, { number: '1326/QĐ' })).errors).toBeUndefined();
      const [statement] = selects(subgraph.statements);
      const steps: any[] = await subgraph.db.query(`${mysql ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${statement}`, [mysql ? '1326 qd%' : '1326 qd*']);
      expect(steps.map((step) => (mysql ? step.key : step.detail)).join('\n')).toMatch(/idx_award_decision_folded_number/);
    });

    // Last: it undoes and redoes the migration on this database.
    test('the migration folds the numbers of the decisions on record, as the seed does', async () => {
      const numbers = () => subgraph.db.query('SELECT id, number, folded_number FROM award_decision ORDER BY id');
      const before: Array<{ number: string; folded_number: string }> = await numbers();
      expect(before.length).toBeGreaterThan(10);
      for (const row of before) expect(row.folded_number).toBe(foldText(row.number));
      // The newest migration (by its timestamp) is this one: undone, the column is gone.
      await subgraph.db.undoLastMigration();
      const queryRunner = subgraph.db.createQueryRunner();
      expect(await queryRunner.hasColumn('award_decision', 'folded_number')).toBe(false);
      await queryRunner.release();
      await subgraph.db.runMigrations();
      expect(await numbers()).toEqual(before);
    });
  });
});
