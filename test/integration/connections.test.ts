import type { DataSource } from 'typeorm';
import { connectionFromArray, pagedList, type Connection } from '../../services/core/connections';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { seedDatabase } from '../../demo/seeding';
import { districtSubgraph } from '../../services/district/subgraph';
import { LocalAward } from '../../services/district/entities/local-award';
import { Person } from '../../services/district/entities/person';
import { DATABASES } from '../support/databases';
import { isSelect, recordingLogger } from '../support/statements';

async function everyPage<T>(fetch: (after: string | null) => Promise<Connection<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection<T> = await fetch(after);
    all.push(...(await page.nodes));
    const pageInfo = await page.pageInfo;
    if (!pageInfo.hasNextPage) return all;
    after = pageInfo.endCursor;
  }
}

// The pager cuts each owner's page inside the database (a LIMIT per owner for a few owners,
// ROW_NUMBER over the owners' rows for many), which the embedded engine and MariaDB must answer alike.
describe.each(DATABASES)('paged lists on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the district database', () => {
    let databases: ReturnType<typeof makeDatabases>;
    let db: DataSource;
    const statements: string[] = [];
    const logger = recordingLogger((sql) => statements.push(sql));
    beforeAll(async () => {
      databases = makeDatabases('connections');
      db = await openSubgraphDatabase(districtSubgraph, databases.urls.district, logger);
      await seedDatabase(districtSubgraph, db, { dataset: 'hanoi', scale: 1 });
    }, 120_000);
    afterAll(async () => {
      await db?.destroy();
      await databases?.drop();
    });

    test('walking the pages gives every row once, in order, and totalCount counts them all', async () => {
      const people = () => pagedList(db, { entity: Person, owner: ['districtId'], sort: ['id'] });
      const expected = await db.getRepository(Person).find({ where: { districtId: 'ba-dinh' }, order: { id: 'ASC' } });
      const walked = await everyPage((after) => people().load({ districtId: 'ba-dinh' }, { first: 37, after }));
      expect(walked.map((person) => person.id)).toEqual(expected.map((person) => person.id));
      expect(await (await people().load({ districtId: 'ba-dinh' }, { first: 5 })).totalCount).toBe(expected.length);
    });

    test('a filtered list sorted by several columns pages the same way', async () => {
      const awards = () =>
        pagedList<LocalAward, { year: number }>(db, {
          entity: LocalAward,
          owner: ['districtId'],
          sort: ['awardTypeCode', 'id'],
          filter: (query, alias, { year }) => query.andWhere(`${alias}.year = :filterYear`, { filterYear: year }),
        });
      const expected = await db.getRepository(LocalAward).find({ where: { districtId: 'dong-da', year: 2023 }, order: { awardTypeCode: 'ASC', id: 'ASC' } });
      expect(expected.length).toBeGreaterThan(100);
      const walked = await everyPage((after) => awards().load({ districtId: 'dong-da' }, { first: 100, after }, { year: 2023 }));
      expect(walked.map((award) => award.id)).toEqual(expected.map((award) => award.id));
    });

    test("many owners' pages and counts cost one statement each, however many owners", async () => {
      const run = async (districtIds: string[]) => {
        const people = pagedList(db, { entity: Person, owner: ['districtId'], sort: ['id'] });
        statements.length = 0;
        const pages = await Promise.all(districtIds.map((districtId) => people.load({ districtId }, { first: 3 })));
        const nodes = await Promise.all(pages.map((page) => page.nodes));
        const totals = await Promise.all(pages.map((page) => page.totalCount));
        return { nodes, totals, selects: statements.filter(isSelect).length };
      };
      const one = await run(['ba-dinh']);
      const many = await run(['ba-dinh', 'dong-da', 'cau-giay', 'son-tay', 'ba-vi', 'hoan-kiem']);
      expect(many.nodes.map((page) => page.length)).toEqual([3, 3, 3, 3, 3, 3]);
      expect(many.nodes.map((page) => page.map((person) => person.districtId))).toEqual(['ba-dinh', 'dong-da', 'cau-giay', 'son-tay', 'ba-vi', 'hoan-kiem'].map((id) => [id, id, id]));
      expect(many.totals[0]).toBe(one.totals[0]);
      expect(one.selects).toBe(2);
      expect(many.selects).toBe(one.selects);
    });

    test("one owner's list asked with different arguments in one batch gets a page for each", async () => {
      const awards = pagedList<LocalAward, { year: number }>(db, {
        entity: LocalAward,
        owner: ['districtId'],
        sort: ['id'],
        filter: (query, alias, { year }) => query.andWhere(`${alias}.year = :filterYear`, { filterYear: year }),
      });
      const [y2020, y2023] = await Promise.all([2020, 2023].map((year) => awards.load({ districtId: 'dong-da' }, { first: 3 }, { year })));
      expect((await y2020.nodes).map((award) => award.year)).toEqual([2020, 2020, 2020]);
      expect((await y2023.nodes).map((award) => award.year)).toEqual([2023, 2023, 2023]);
    });

    test('a page asked only for its totalCount runs only the count', async () => {
      const people = pagedList(db, { entity: Person, owner: ['districtId'], sort: ['id'] });
      const expected = await Promise.all(['ba-dinh', 'dong-da'].map((districtId) => db.getRepository(Person).countBy({ districtId })));
      statements.length = 0;
      const pages = await Promise.all(['ba-dinh', 'dong-da'].map((districtId) => people.load({ districtId }, { first: 100 })));
      const totals = await Promise.all(pages.map((page) => page.totalCount));
      expect(totals).toEqual(expected);
      expect(statements.filter(isSelect)).toEqual([expect.stringMatching(/COUNT\(\*\)/)]);
      // The page, asked later, is read once for its edges, nodes and pageInfo together.
      statements.length = 0;
      const [edges, nodes, pageInfo] = await Promise.all([pages[0].edges, pages[0].nodes, pages[0].pageInfo]);
      expect(edges.map((edge) => edge.node)).toEqual(nodes);
      expect(pageInfo).toMatchObject({ hasNextPage: true, endCursor: edges.at(-1)!.cursor });
      expect(statements.filter(isSelect)).toHaveLength(1);
    });

    test("a few owners' pages are cut by a LIMIT each, in one statement; many owners' by ROW_NUMBER()", async () => {
      const people = pagedList(db, { entity: Person, owner: ['districtId'], sort: ['id'] });
      const districtIds = ['ba-dinh', 'dong-da', 'cau-giay'];
      const expected = await Promise.all(
        districtIds.map(async (districtId) => (await db.getRepository(Person).find({ where: { districtId }, order: { id: 'ASC' }, take: 101 })).map((person) => person.id)),
      );
      statements.length = 0;
      const pages = await Promise.all(districtIds.map((districtId) => people.load({ districtId }, { first: 100 })));
      const nodes = await Promise.all(pages.map((page) => page.nodes));
      expect(nodes.map((page) => page.map((person) => person.id))).toEqual(expected.map((ids) => ids.slice(0, 100)));
      expect((await pages[0].pageInfo).hasNextPage).toBe(expected[0].length > 100);
      const selects = statements.filter(isSelect);
      expect(selects).toHaveLength(1);
      expect(selects[0]).not.toMatch(/ROW_NUMBER/);
      expect(selects[0].match(/LIMIT 101/g)).toHaveLength(districtIds.length);

      const units = await db.getRepository(Person).createQueryBuilder('person').select('DISTINCT person.unitId', 'unitId').where('person.districtId = :id', { id: 'ba-dinh' }).andWhere('person.unitId IS NOT NULL').getRawMany<{ unitId: string }>();
      expect(units.length).toBeGreaterThan(40);
      const peopleOfUnit = pagedList(db, { entity: Person, owner: ['districtId', 'unitId'], sort: ['id'] });
      statements.length = 0;
      const unitPages = await Promise.all(units.map(({ unitId }) => peopleOfUnit.load({ districtId: 'ba-dinh', unitId }, { first: 2 })));
      const unitNodes = await Promise.all(unitPages.map((page) => page.nodes));
      expect(unitNodes.every((page, index) => page.length > 0 && page.every((person) => person.unitId === units[index].unitId))).toBe(true);
      expect(statements.filter(isSelect)).toEqual([expect.stringMatching(/ROW_NUMBER/)]);
    });

    test('a bad cursor or page size is refused naming the argument', async () => {
      const people = pagedList(db, { entity: Person, owner: ['districtId'], sort: ['id'] });
      await expect(people.load({ districtId: 'ba-dinh' }, { first: 5, after: 'not-a-cursor' })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      });
      await expect(people.load({ districtId: 'ba-dinh' }, { first: 101 })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
      await expect(people.load({ districtId: 'ba-dinh' }, { first: -1 })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    });
  });
});

describe('a list paged in memory', () => {
  const items = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ year: 2015 + Math.floor(n / 3), n }));
  const key = (item: { year: number; n: number }) => [item.year, item.n];

  test('pages forward from a cursor, and an empty page has no cursors', () => {
    const first = connectionFromArray(items, { first: 3 }, key);
    expect(first.nodes.map((item) => item.n)).toEqual([1, 2, 3]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = connectionFromArray(items, { first: 10, after: first.pageInfo.endCursor }, key);
    expect(second.nodes.map((item) => item.n)).toEqual([4, 5, 6, 7]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.totalCount).toBe(7);
    const none = connectionFromArray(items, { first: 0 }, key);
    expect(none.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: true });
  });
});
