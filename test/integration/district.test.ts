import type { DataSource } from 'typeorm';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { seedDatabase } from '../../demo/seeding';
import { datasetPlan } from '../../demo/datasets';
import { districtSubgraph } from '../../services/district/subgraph';
import { Role } from '../../services/core/auth';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

const SEED_001 = '001_48fd20e11e7bbade.txt';
const SEED_003 = '003_d8a3844026080267.txt';
const SEED_004 = '004_0d86179cd3a6a5de.txt';

type Count = { awardType: { code: string }; count: number };
const countsByCode = (counts: Count[]) => Object.fromEntries(counts.map(({ awardType, count }) => [awardType.code, count]));

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(districtSubgraph);
});
afterAll(() => subgraph.stop());

// Personal data (birth years, people's ratings and discipline) answers only a token scoped to the district, or the city admin's.
const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN };

async function answer(query: string, variables?: Record<string, unknown>, as?: Caller): Promise<any> {
  const { data, errors } = await subgraph.execute(query, variables, as);
  expect(errors).toBeUndefined();
  return data;
}

type Ask = (query: string, variables?: Record<string, unknown>) => Promise<any>;

/** Every node of a paged list: `query` takes `$after`, `connectionOf` picks the list out of an answer. */
async function everyNode(ask: Ask, query: string, connectionOf: (data: any) => any): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const connection = connectionOf(await ask(query, { after }));
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

/** Every title and form a district conferred in a year, page by page. */
function everyLocalAward(ask: Ask, districtId: string, year: number, fields: string): Promise<any[]> {
  return everyNode(
    ask,
    `query ($after: String) { district(id: "${districtId}") { localAwards(year: ${year}, first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } } }`,
    (data) => data.district.localAwards,
  );
}

describe('district subgraph', () => {
  test("lists Hà Nội's 30 district-level units in Vietnamese order, dated", async () => {
    const { data, errors } = await subgraph.execute(`{ districts { id name kind validFrom validTo } }`);
    expect(errors).toBeUndefined();
    expect(data.districts).toHaveLength(30);
    expect(data.districts[0]).toEqual({ id: 'ba-dinh', name: 'Ba Đình', kind: 'URBAN_DISTRICT', validFrom: '2008-08-01', validTo: '2025-06-30' });
    const names = data.districts.map((district: any) => district.name);
    // Đ sorts after D in Vietnamese, not after Z as bytes would.
    expect(names.indexOf('Đống Đa')).toBeLessThan(names.indexOf('Gia Lâm'));
    const kinds = data.districts.reduce((count: Record<string, number>, { kind }: any) => ({ ...count, [kind]: (count[kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ URBAN_DISTRICT: 12, RURAL_DISTRICT: 17, TOWN: 1 });
  });

  test('finds one district by id, and answers null for an unknown one', async () => {
    const { data } = await subgraph.execute(`query ($id: ID!) { district(id: $id) { name kind } none: district(id: "atlantis") { name } }`, {
      id: 'son-tay',
    });
    expect(data).toEqual({ district: { name: 'Sơn Tây', kind: 'TOWN' }, none: null });
  });

  test('publishes its SDL with District, Unit and Person as entities keyed by id, and AwardType as a stub', async () => {
    const { data } = await subgraph.execute(`{ _service { sdl } }`);
    expect(data._service.sdl).toMatch(/type District\s+@key\(fields: "id"\)/);
    expect(data._service.sdl).toMatch(/type Unit\s+@key\(fields: "id"\)/);
    expect(data._service.sdl).toMatch(/type Person\s+@key\(fields: "id"\)/);
    expect(data._service.sdl).toMatch(/type AwardType\s+@key\(fields: "code", resolvable: false\)/);
    expect(data._service.sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
  });

  test('resolves several District representations in order, in one statement; an unknown one is NOT_FOUND in its place', async () => {
    const { data, errors } = await subgraph.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on District { id name } } }`,
      {
        representations: [
          { __typename: 'District', id: 'dong-da' },
          { __typename: 'District', id: 'nowhere' },
          { __typename: 'District', id: 'ba-dinh' },
        ],
      },
    );
    // The gateway puts the error at the place in the answer that named the unknown district.
    expect(errors).toEqual([expect.objectContaining({ message: 'there is no district nowhere', path: ['_entities', 1], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    expect(data._entities).toEqual([{ id: 'dong-da', name: 'Đống Đa' }, null, { id: 'ba-dinh', name: 'Ba Đình' }]);
    expect(selects(subgraph.statements)).toHaveLength(1);
  });

  test('resolves Unit and Person representations in order, in one statement per type; unknown ones are NOT_FOUND in their place', async () => {
    const { data, errors } = await subgraph.execute(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Unit { id name kind } ... on Person { id fullName source } }
      }`,
      {
        representations: [
          { __typename: 'Person', id: 'dong-da-do-trong-nam' },
          { __typename: 'Unit', id: 'ba-dinh-u001' },
          { __typename: 'Unit', id: 'nowhere-u001' },
          { __typename: 'Person', id: 'ba-dinh-p0001' },
          { __typename: 'Unit', id: 'ung-hoa-u020' },
          { __typename: 'Person', id: 'nobody' },
        ],
      },
    );
    expect(data._entities.map((entity: any) => entity?.id ?? null)).toEqual(['dong-da-do-trong-nam', 'ba-dinh-u001', null, 'ba-dinh-p0001', 'ung-hoa-u020', null]);
    const byPlace = [...(errors ?? [])].sort((a, b) => a.path[1] - b.path[1]);
    expect(byPlace.map(({ message, path, extensions }) => ({ message, path, code: extensions?.code }))).toEqual([
      { message: 'there is no unit nowhere-u001', path: ['_entities', 2], code: 'NOT_FOUND' },
      { message: 'there is no person nobody', path: ['_entities', 5], code: 'NOT_FOUND' },
    ]);
    expect(data._entities[0]).toEqual({ id: 'dong-da-do-trong-nam', fullName: 'Đỗ Trọng Nam', source: SEED_001 });
    expect(data._entities[1]).toMatchObject({ kind: 'WARD', name: expect.stringMatching(/^Phường /) });
    expect(selects(subgraph.statements)).toHaveLength(2);
  });

  test('names one namesake successor for each district: wards for urban districts and the town, communes for rural ones', async () => {
    const { districts } = await answer(`{ districts { id kind successors { name kind source } } }`);
    expect(districts.every((district: any) => district.successors.length === 1)).toBe(true);
    const byId = Object.fromEntries(districts.map((district: any) => [district.id, district.successors[0]]));
    expect(byId['ba-dinh']).toEqual({ name: 'Phường Ba Đình', kind: 'WARD', source: 'synthetic' });
    expect(byId['son-tay']).toEqual({ name: 'Phường Sơn Tây', kind: 'WARD', source: 'synthetic' });
    expect(byId['ba-vi']).toEqual({ name: 'Xã Ba Vì', kind: 'COMMUNE', source: 'synthetic' });
  });

  test('rejects a year that cannot be one', async () => {
    const { errors } = await subgraph.execute(`{ district(id: "ba-dinh") { targets(year: 20200) { name } } }`);
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe(`${SEED_004}: Ba Đình 2020`, () => {
  test('53 TTLDTT, 13 collectives commended, 7 CSTDCS and 193 LDTT, decided at the 2021-01-20 conference', async () => {
    const { district } = await answer(`{ district(id: "ba-dinh") {
      localAwardCounts(year: 2020) { awardType { code } count }
      localAwards(year: 2020) { totalCount }
    } }`);
    expect(countsByCode(district.localAwardCounts)).toEqual({ TTLDTT: 53, GK: 13, CSTDCS: 7, LDTT: 193 });
    expect(district.localAwards.totalCount).toBe(53 + 13 + 7 + 193);
    const localAwards = await everyLocalAward(answer, 'ba-dinh', 2020, 'awardType { code } unit { id } person { id } decisionNumber decidedOn source');
    expect(localAwards).toHaveLength(53 + 13 + 7 + 193);
    expect(new Set(localAwards.map((award: any) => `${award.decidedOn} ${award.decisionNumber} ${award.source}`))).toEqual(
      new Set([`2021-01-20 null ${SEED_004}`]),
    );
    const gk = localAwards.filter((award: any) => award.awardType.code === 'GK');
    expect(gk.every((award: any) => award.unit && !award.person)).toBe(true);
    // Every CSTDCS holder also holds LDTT that year.
    const ldtt = new Set(localAwards.filter((award: any) => award.awardType.code === 'LDTT').map((award: any) => award.person.id));
    const cstdcs = localAwards.filter((award: any) => award.awardType.code === 'CSTDCS');
    expect(cstdcs.every((award: any) => ldtt.has(award.person.id))).toBe(true);
  });

  test('exactly 3 collectives rated EXCELLENT (HTXSNV)', async () => {
    const { district } = await answer(`{ district(id: "ba-dinh") { units(first: 100) { nodes { ratings { year rating source } } } } }`);
    expect(district.units.nodes).toHaveLength(70);
    const of2020 = district.units.nodes.flatMap((unit: any) => unit.ratings).filter((rating: any) => rating.year === 2020);
    expect(of2020).toHaveLength(district.units.nodes.length);
    const excellent = of2020.filter((rating: any) => rating.rating === 'EXCELLENT');
    expect(excellent).toEqual(Array(3).fill({ year: 2020, rating: 'EXCELLENT', source: SEED_004 }));
  });

  test('its targets, planned against actual, with the achievement computed', async () => {
    const { district } = await answer(`{ district(id: "ba-dinh") {
      targets(year: 2020) { name unitOfMeasure planned actual higherIsBetter achievementPercent exceeded source }
    } }`);
    expect(district.targets.every((target: any) => target.source === SEED_004)).toBe(true);
    const byActual = Object.fromEntries(district.targets.map((target: any) => [target.actual, target]));
    expect(byActual[7140.35]).toMatchObject({ planned: 6951.92, unitOfMeasure: 'tỷ đồng', achievementPercent: 102.71, exceeded: true });
    expect(byActual[94.7]).toMatchObject({ planned: 88.01, unitOfMeasure: '%', achievementPercent: 107.6, exceeded: true });
    expect(byActual[94.4]).toMatchObject({ planned: 72.06, achievementPercent: 131, exceeded: true });
    expect(byActual[6402]).toMatchObject({ planned: 6200, unitOfMeasure: 'người', achievementPercent: 103.26 });
    expect(byActual[426]).toMatchObject({ planned: 250.7, achievementPercent: 169.92, exceeded: true });
    expect(byActual[73616]).toMatchObject({ planned: null, achievementPercent: null, exceeded: null, name: expect.stringContaining('8,5%') });
    expect(byActual[586]).toMatchObject({ planned: null, achievementPercent: null, exceeded: null });
    // Every figure the article gives is a record: the sectors of production, the “Vì người nghèo” fund,
    // the permitted works, the sites inspected and the procedures shortened (no plan published for these).
    expect(byActual[53260]).toMatchObject({ planned: null, unitOfMeasure: 'tỷ đồng', name: expect.stringContaining('thương mại – dịch vụ') });
    expect(byActual[20332]).toMatchObject({ planned: null, unitOfMeasure: 'tỷ đồng', name: expect.stringContaining('công nghiệp và xây dựng') });
    expect(byActual[1.36]).toMatchObject({ planned: null, unitOfMeasure: 'tỷ đồng', name: expect.stringContaining('Vì người nghèo') });
    expect(byActual[100]).toMatchObject({ planned: null, unitOfMeasure: '%', name: expect.stringContaining('có phép') });
    expect(byActual[579]).toMatchObject({ planned: null, unitOfMeasure: 'công trình' });
    expect(byActual[75]).toMatchObject({ planned: null, unitOfMeasure: 'thủ tục', name: expect.stringContaining('32%') });
  });

  test('the 2021 emulation movement, launched at the conference', async () => {
    const { district } = await answer(`{ district(id: "ba-dinh") { movements(year: 2021) { year title launchedOn source } } }`);
    expect(district.movements).toEqual([{ year: 2021, title: 'Phong trào thi đua năm 2021', launchedOn: '2021-01-20', source: SEED_004 }]);
  });
});

describe(`${SEED_001}: Đống Đa 2023`, () => {
  test('14 targets, all met, 7 exceeded; budget revenue 14,995 bn VND at 102.9%', async () => {
    const { district } = await answer(`{ district(id: "dong-da") {
      targets(year: 2023) { name planned actual unitOfMeasure achievementPercent exceeded source }
    } }`);
    expect(district.targets).toHaveLength(14);
    expect(district.targets.filter((target: any) => target.exceeded === true)).toHaveLength(7);
    expect(district.targets.filter((target: any) => target.achievementPercent === 100)).toHaveLength(7);
    expect(district.targets.every((target: any) => target.achievementPercent >= 100)).toBe(true);
    expect(district.targets).toContainEqual({
      name: 'Tổng thu ngân sách Nhà nước trên địa bàn',
      planned: 14572.4,
      actual: 14995,
      unitOfMeasure: 'tỷ đồng',
      achievementPercent: 102.9,
      exceeded: true,
      source: SEED_001,
    });
  });

  test('the movements the article names for 2023', async () => {
    const { district } = await answer(`{ district(id: "dong-da") { movements(year: 2023) { title source } } }`);
    const titles = district.movements.map((movement: any) => movement.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Phong trào thi đua phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội 2023',
        'Phong trào “Sáng kiến, sáng tạo Thủ đô”',
        'Phong trào “Đẩy mạnh cải cách hành chính”',
        'Phong trào “Doanh nghiệp quận Đống Đa hội nhập và phát triển”',
        'Phong trào “Người tốt, việc tốt”',
      ]),
    );
    expect(district.movements.every((movement: any) => movement.source === SEED_001)).toBe(true);
  });

  test('over 1,000 district titles and forms conferred on 2024-03-21', async () => {
    const { district } = await answer(`{ district(id: "dong-da") {
      localAwardCounts(year: 2023) { awardType { code } count }
      localAwards(year: 2023) { totalCount }
    } }`);
    const total = district.localAwardCounts.reduce((sum: number, { count }: Count) => sum + count, 0);
    expect(total).toBeGreaterThan(1000);
    expect(district.localAwards.totalCount).toBe(total);
    const localAwards = await everyLocalAward(answer, 'dong-da', 2023, 'decidedOn source');
    expect(localAwards).toHaveLength(total);
    expect(localAwards.every((award: any) => award.decidedOn === '2024-03-21' && award.source === SEED_001)).toBe(true);
    // "trên 1.000 tập thể, cá nhân": over 1,000 collectives and people, each counted once.
    const [{ recipients }] = await subgraph.db.query(
      `SELECT COUNT(DISTINCT COALESCE(person_id, unit_id)) AS recipients FROM local_award WHERE district_id = 'dong-da' AND year = 2023`,
    );
    expect(Number(recipients)).toBeGreaterThan(1000);
  });

  test('Đỗ Trọng Nam is a person of Đống Đa, with the district records his City Emulation Soldier title rests on', async () => {
    const { person } = await answer(`{ person(id: "dong-da-do-trong-nam") {
      fullName position birthYear source unit { id district { id } } district { name }
      localAwards(first: 100) { nodes { year awardType { code } } }
      initiatives { year scope usedFor { code } }
    } }`, undefined, { role: Role.VIEWER, district: 'dong-da' });
    expect(person).toMatchObject({
      fullName: 'Đỗ Trọng Nam',
      birthYear: null,
      source: SEED_001,
      unit: { id: 'dong-da-u001', district: { id: 'dong-da' } },
      district: { name: 'Đống Đa' },
    });
    const cstdcsYears = person.localAwards.nodes.filter((award: any) => award.awardType.code === 'CSTDCS').map((award: any) => award.year);
    // CSTD_TP 2023 rests on the three CSTDCS years before it and a city-scope initiative of those years.
    expect(cstdcsYears).toEqual(expect.arrayContaining([2020, 2021, 2022]));
    expect(person.initiatives).toContainEqual({ year: 2022, scope: 'CITY', usedFor: { code: 'CSTD_TP' } });
  });
});

describe('the generated years', () => {
  test('ratings for every person and unit in every year, and on the order of 50,000 local awards', async () => {
    const plan = datasetPlan('hanoi');
    const [{ awards }] = await subgraph.db.query(`SELECT COUNT(*) AS awards FROM local_award`);
    expect(Number(awards)).toBeGreaterThan(45_000);
    expect(Number(awards)).toBeLessThan(65_000);
    const [{ holders }] = await subgraph.db.query(`SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM unit) AS holders`);
    const perYear: Array<{ year: number; ratings: number }> = await subgraph.db.query(`SELECT year, COUNT(*) AS ratings FROM year_rating GROUP BY year ORDER BY year`);
    expect(perYear.map((row) => [Number(row.year), Number(row.ratings)])).toEqual(plan.syntheticYears.map((year) => [year, Number(holders)]));
  });

  test('every district has movements, targets and local awards in every year, synthetic where no article speaks', async () => {
    const slots = (table: string): Promise<Array<{ district_id: string; year: number; source: string }>> =>
      subgraph.db.query(`SELECT district_id, year, MIN(source) AS source FROM ${table} GROUP BY district_id, year`);
    for (const table of ['movement', 'target', 'local_award']) {
      const rows = await slots(table);
      expect([table, rows.length]).toEqual([table, 30 * 10]);
      // MIN(source): an article's file name sorts before 'synthetic'.
      const published = rows.filter((row) => row.source !== 'synthetic').map((row) => `${row.district_id} ${row.year}`);
      expect(published.every((slot) => ['ba-dinh 2020', 'ba-dinh 2021', 'dong-da 2023'].includes(slot))).toBe(true);
    }
  });

  describe("follow DOMAIN.md's rules (SQL over every row)", () => {
    const violations = async (sql: string): Promise<unknown[]> => subgraph.db.query(sql);

    test('CSTDCS only to LDTT holders of the same year, rated EXCELLENT or with an initiative that year', async () => {
      expect(
        await violations(`SELECT c.id FROM local_award c WHERE c.award_type_code = 'CSTDCS' AND (
          c.person_id IS NULL
          OR NOT EXISTS (SELECT 1 FROM local_award l WHERE l.award_type_code = 'LDTT' AND l.person_id = c.person_id AND l.year = c.year)
          OR NOT (EXISTS (SELECT 1 FROM year_rating r WHERE r.person_id = c.person_id AND r.year = c.year AND r.rating = 'EXCELLENT')
                  OR EXISTS (SELECT 1 FROM initiative i WHERE i.person_id = c.person_id AND i.year = c.year)))`),
      ).toEqual([]);
      const [{ cstdcs }] = await subgraph.db.query(`SELECT COUNT(*) AS cstdcs FROM local_award WHERE award_type_code = 'CSTDCS'`);
      expect(Number(cstdcs)).toBeGreaterThan(3000);
    });

    test('before 2024 (Decree 91/2017): CSTDCS rests on an initiative used for it, at most 15% of the LDTT holders', async () => {
      expect(
        await violations(`SELECT c.id FROM local_award c WHERE c.award_type_code = 'CSTDCS' AND c.year < 2024 AND NOT EXISTS (
          SELECT 1 FROM initiative i WHERE i.person_id = c.person_id AND i.year = c.year AND i.used_for_award_code = 'CSTDCS')`),
      ).toEqual([]);
      expect(
        await violations(`SELECT district_id, year FROM local_award WHERE year < 2024 AND source = 'synthetic' GROUP BY district_id, year
          HAVING SUM(CASE WHEN award_type_code = 'CSTDCS' THEN 1 ELSE 0 END) > 0.15 * SUM(CASE WHEN award_type_code = 'LDTT' THEN 1 ELSE 0 END)`),
      ).toEqual([]);
    });

    test('LDTT only to people rated GOOD or better and not under a discipline that year', async () => {
      expect(
        await violations(`SELECT a.id FROM local_award a JOIN year_rating r ON r.person_id = a.person_id AND r.year = a.year
          WHERE a.award_type_code IN ('LDTT', 'CSTDCS', 'GK') AND r.rating NOT IN ('EXCELLENT', 'GOOD')`),
      ).toEqual([]);
      const disciplined: Array<{ person_id: string; from_date: string; to_date: string }> = await subgraph.db.query(
        `SELECT person_id, from_date, to_date FROM discipline`,
      );
      expect(disciplined.length).toBeGreaterThan(50);
      const honoured = new Set(
        (await subgraph.db.query(`SELECT person_id, year FROM local_award WHERE person_id IS NOT NULL`)).map((row: any) => `${row.person_id} ${row.year}`),
      );
      for (const { person_id, from_date, to_date } of disciplined) {
        for (let year = Number(from_date.slice(0, 4)); year <= Number(to_date.slice(0, 4)); year++) expect(honoured.has(`${person_id} ${year}`)).toBe(false);
      }
    });

    test('TTLDTT: at least 70% of the members on record are LDTT, and none under a warning or worse', async () => {
      expect(
        await violations(`SELECT t.id FROM local_award t WHERE t.award_type_code = 'TTLDTT' AND (
          (SELECT COUNT(*) FROM person p JOIN local_award l ON l.person_id = p.id AND l.award_type_code = 'LDTT' AND l.year = t.year WHERE p.unit_id = t.unit_id)
            < 0.7 * (SELECT COUNT(*) FROM person p WHERE p.unit_id = t.unit_id)
          OR EXISTS (SELECT 1 FROM discipline d JOIN person p ON p.id = d.person_id WHERE p.unit_id = t.unit_id AND d.level <> 'REPRIMAND'
                     AND d.from_date <= t.year || '-12-31' AND d.to_date >= t.year || '-01-01'))`),
      ).toEqual([]);
    });
  });

  test('statements per request do not grow with the districts asked for', async () => {
    const fields = `successors { name } movements(year: 2020) { title } targets(year: 2020) { achievementPercent exceeded }
      localAwardCounts(year: 2020) { awardType { code } count }
      localAwards(year: 2020, first: 100) { totalCount nodes { awardType { code } unit { name } person { fullName } } }
      units(first: 100) { totalCount nodes { district { id } } } people(first: 100) { totalCount nodes { unit { id } } }`;
    const one = await answer(`{ district(id: "ba-dinh") { ${fields} } }`);
    const forOne = selects(subgraph.statements).length;
    const all = await answer(`{ districts { ${fields} } }`);
    const forAll = selects(subgraph.statements).length;
    expect(all.districts).toHaveLength(30);
    expect(all.districts.flatMap((district: any) => district.localAwards.nodes).length).toBeGreaterThan(10 * one.district.localAwards.nodes.length);
    expect(forAll).toBe(forOne);
    // The award counts are one GROUP BY for all the districts of the request.
    expect(selects(subgraph.statements).filter((sql) => /GROUP BY .*award_type_code/i.test(sql))).toHaveLength(1);
  });

  test('statements per request do not grow with the units and people asked for', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Unit {
      ratings { rating unit { id } } localAwards(first: 100) { totalCount nodes { awardType { code } unit { id } } }
      people(first: 100) { totalCount nodes { unit { id } district { id } ratings { rating person { id } } initiatives { usedFor { code } person { id } }
               disciplines { level person { id } } localAwards(first: 100) { totalCount nodes { awardType { code } person { id } } } } }
    } } }`;
    const units = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Unit', id })) });
    const one = await answer(query, units(['dong-da-u001']), CITY_ADMIN);
    const forOne = selects(subgraph.statements).length;
    const sixteen = ['ba-dinh', 'dong-da', 'soc-son', 'ung-hoa'].flatMap((district) => ['u001', 'u005', 'u010', 'u020'].map((n) => `${district}-${n}`));
    const many = await answer(query, units(sixteen), CITY_ADMIN);
    const forMany = selects(subgraph.statements).length;
    expect(many._entities.flatMap((unit: any) => unit.people.nodes).length).toBeGreaterThan(4 * one._entities[0].people.nodes.length);
    expect(forMany).toBe(forOne);
  });
});

describe('paged lists and their filters', () => {
  const ids = async (sql: string, parameters: unknown[] = []): Promise<string[]> =>
    (await subgraph.db.query(sql, parameters)).map((row: { id: string | number }) => String(row.id));

  test("a district's people, a unit's people and a district's units of a kind: walking the pages gives every row once, in order", async () => {
    const people = await everyNode(
      answer,
      `query ($after: String) { district(id: "ba-dinh") { people(first: 37, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
      (data) => data.district.people,
    );
    const expected = await ids(`SELECT id FROM person WHERE district_id = 'ba-dinh' ORDER BY id`);
    expect(expected.length).toBeGreaterThan(37 * 3);
    expect(people.map((person) => person.id)).toEqual(expected);

    const ofUnit = await everyNode(
      answer,
      `query ($after: String) { unit(id: "dong-da-u001") { people(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
      (data) => data.unit.people,
    );
    const expectedOfUnit = await ids(`SELECT id FROM person WHERE district_id = 'dong-da' AND unit_id = 'dong-da-u001' ORDER BY id`);
    expect(expectedOfUnit.length).toBeGreaterThan(7 * 2);
    expect(ofUnit.map((person) => person.id)).toEqual(expectedOfUnit);

    const wards = await everyNode(
      answer,
      `query ($after: String) { district(id: "ba-dinh") { units(kind: WARD, first: 5, after: $after) { nodes { id kind } pageInfo { hasNextPage endCursor } } } }`,
      (data) => data.district.units,
    );
    const expectedWards = await ids(`SELECT id FROM unit WHERE district_id = 'ba-dinh' AND kind = 'WARD' ORDER BY id`);
    expect(expectedWards.length).toBeGreaterThan(5);
    expect(wards.map((unit) => unit.id)).toEqual(expectedWards);
    expect(new Set(wards.map((unit) => unit.kind))).toEqual(new Set(['WARD']));
  });

  test('totalCount counts the whole list, filtered, on every page', async () => {
    const { district } = await answer(`{ district(id: "dong-da") {
      people(first: 1) { totalCount }
      units(first: 0) { totalCount nodes { id } }
      departments: units(kind: DEPARTMENT, first: 1) { totalCount }
      localAwards(year: 2023, first: 1) { totalCount }
      ldtt: localAwards(year: 2023, awardType: "LDTT", first: 1) { totalCount nodes { awardType { code } } }
    } }`);
    const count = async (sql: string) => Number((await subgraph.db.query(sql))[0].total);
    expect(district.people.totalCount).toBe(await count(`SELECT COUNT(*) AS total FROM person WHERE district_id = 'dong-da'`));
    expect(district.units).toEqual({ totalCount: await count(`SELECT COUNT(*) AS total FROM unit WHERE district_id = 'dong-da'`), nodes: [] });
    expect(district.departments.totalCount).toBe(await count(`SELECT COUNT(*) AS total FROM unit WHERE district_id = 'dong-da' AND kind = 'DEPARTMENT'`));
    expect(district.localAwards.totalCount).toBe(await count(`SELECT COUNT(*) AS total FROM local_award WHERE district_id = 'dong-da' AND year = 2023`));
    expect(district.ldtt.totalCount).toBe(
      await count(`SELECT COUNT(*) AS total FROM local_award WHERE district_id = 'dong-da' AND year = 2023 AND award_type_code = 'LDTT'`),
    );
    expect(district.ldtt.nodes).toEqual([{ awardType: { code: 'LDTT' } }]);
  });

  test("a district's year of awards pages by award type code, then id; a person's and a unit's by year, then award type code", async () => {
    const ofDistrict = await everyNode(
      answer,
      `query ($after: String) { district(id: "dong-da") { localAwards(year: 2023, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
      (data) => data.district.localAwards,
    );
    expect(ofDistrict.map((award) => award.id)).toEqual(
      await ids(`SELECT id FROM local_award WHERE district_id = 'dong-da' AND year = 2023 ORDER BY award_type_code, id`),
    );
    const ofPerson = await everyNode(
      answer,
      `query ($after: String) { person(id: "dong-da-do-trong-nam") { localAwards(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
      (data) => data.person.localAwards,
    );
    const expectedOfPerson = await ids(`SELECT id FROM local_award WHERE district_id = 'dong-da' AND person_id = 'dong-da-do-trong-nam' ORDER BY year, award_type_code, id`);
    expect(expectedOfPerson.length).toBeGreaterThan(4);
    expect(ofPerson.map((award) => award.id)).toEqual(expectedOfPerson);
    const ofUnit = await everyNode(
      answer,
      `query ($after: String) { unit(id: "ba-dinh-u001") { localAwards(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
      (data) => data.unit.localAwards,
    );
    const expectedOfUnit = await ids(`SELECT id FROM local_award WHERE district_id = 'ba-dinh' AND unit_id = 'ba-dinh-u001' ORDER BY year, award_type_code, id`);
    expect(expectedOfUnit.length).toBeGreaterThan(3);
    expect(ofUnit.map((award) => award.id)).toEqual(expectedOfUnit);
  });

  test('a page of 100 people with their local awards costs the statements a page of 10 does', async () => {
    const query = `query ($first: Int!) { district(id: "ba-dinh") { people(first: $first) { totalCount nodes { id localAwards { totalCount nodes { year } } } } } }`;
    const ten = await answer(query, { first: 10 });
    const forTen = selects(subgraph.statements).length;
    const hundred = await answer(query, { first: 100 });
    const forHundred = selects(subgraph.statements).length;
    expect(ten.district.people.nodes).toHaveLength(10);
    expect(hundred.district.people.nodes).toHaveLength(100);
    const awards = (data: any) => data.district.people.nodes.reduce((sum: number, person: any) => sum + person.localAwards.totalCount, 0);
    expect(awards(hundred)).toBeGreaterThan(5 * awards(ten));
    // The district, the people's page and its count, the awards' pages and their counts.
    expect(forTen).toBe(5);
    expect(forHundred).toBe(forTen);
  });
});

describe('districts by kind and by the day they existed', () => {
  const idsOf = async (args: string): Promise<string[]> => (await answer(`{ districts${args} { id } }`)).districts.map((district: any) => district.id);

  test('filters by kind', async () => {
    expect(await idsOf('(kind: TOWN)')).toEqual(['son-tay']);
    expect(await idsOf('(kind: RURAL_DISTRICT)')).toHaveLength(17);
    expect(await idsOf('(kind: URBAN_DISTRICT)')).toHaveLength(12);
  });

  test('keeps the districts that existed on a day, both ends included: none after the district level was abolished', async () => {
    expect(await idsOf('(existingOn: "2025-06-30")')).toHaveLength(30);
    expect(await idsOf('(existingOn: "2025-07-01")')).toEqual([]);
    // Nam and Bắc Từ Liêm were split from Từ Liêm on 2014-04-01.
    const before = await idsOf('(existingOn: "2014-03-31")');
    expect(before).toHaveLength(28);
    expect(before).not.toContain('nam-tu-liem');
    expect(await idsOf('(existingOn: "2014-04-01")')).toHaveLength(30);
    expect(await idsOf('(kind: URBAN_DISTRICT, existingOn: "2014-03-31")')).toHaveLength(10);
    expect(await idsOf('(existingOn: "2008-07-31")')).toEqual([]);
  });

  test.each(['2025-13-01', '30/06/2025', '2023-02-30', '2025-6-30', ''])('refuses existingOn: "%s", naming the argument', async (day) => {
    const { errors } = await subgraph.execute(`query ($day: String) { districts(existingOn: $day) { id } }`, { day });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'existingOn' });
  });
});

describe("what the city's fields require (@inaccessible outside the subgraph)", () => {
  const RECORDS = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Person { id localAwardRecords { id year awardTypeCode decisionNumber decidedOn conferredBy source status } }
    ... on Unit { id localAwardRecords { id year awardTypeCode conferredBy } }
  } }`;
  const people = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Person', id })) });

  test('localAwardRecords: every local award of a person, oldest first, conferred by the chair of the district', async () => {
    const { _entities } = await answer(RECORDS, {
      representations: [
        { __typename: 'Person', id: 'dong-da-do-trong-nam' },
        { __typename: 'Person', id: 'ba-vi-p0001' },
        { __typename: 'Unit', id: 'son-tay-u001' },
      ],
    });
    const [nam, baVi, sonTay] = _entities;
    const expected = await subgraph.db.query(
      `SELECT id, year, award_type_code, decision_number, decided_on, source FROM local_award WHERE person_id = 'dong-da-do-trong-nam' ORDER BY year, award_type_code`,
    );
    expect(nam.localAwardRecords).toEqual(
      expected.map((row: any) => ({
        id: String(row.id),
        year: row.year,
        awardTypeCode: row.award_type_code,
        decisionNumber: row.decision_number,
        decidedOn: row.decided_on,
        conferredBy: 'Chủ tịch UBND quận Đống Đa',
        source: row.source,
        status: 'CONFERRED',
      })),
    );
    expect(nam.localAwardRecords.map((record: any) => record.awardTypeCode)).toContain('CSTDCS');
    expect(new Set(baVi.localAwardRecords.map((record: any) => record.conferredBy))).toEqual(new Set(['Chủ tịch UBND huyện Ba Vì']));
    expect(sonTay.localAwardRecords.length).toBeGreaterThan(0);
    expect(new Set(sonTay.localAwardRecords.map((record: any) => record.conferredBy))).toEqual(new Set(['Chủ tịch UBND thị xã Sơn Tây']));
  });

  test('localAwardRecords of 50 people cost the SELECTs of 5', async () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `dong-da-p${String(index + 1).padStart(4, '0')}`);
    const five = await answer(RECORDS, people(ids(5)));
    const forFive = selects(subgraph.statements).length;
    const fifty = await answer(RECORDS, people(ids(50)));
    const forFifty = selects(subgraph.statements).length;
    expect(fifty._entities.map((person: any) => person.id)).toEqual(ids(50));
    const records = (data: any) => data._entities.flatMap((person: any) => person.localAwardRecords).length;
    expect(records(fifty)).toBeGreaterThan(5 * records(five));
    // The people, their awards, and their district.
    expect(forFive).toBe(3);
    expect(forFifty).toBe(forFive);
  });

  test("AwardStatistics: the year's local awards of every district, by district and type, equal to a direct count", async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on AwardStatistics { year groupBy localAwardCounts { districtId awardTypeCode count } }
    } }`;
    const { _entities } = await answer(query, {
      representations: [
        { __typename: 'AwardStatistics', year: 2023, groupBy: 'DISTRICT', includeRevoked: false },
        { __typename: 'AwardStatistics', year: 2023, groupBy: 'LEVEL', includeRevoked: false },
      ],
    });
    // Every grouping of a year shares the one grouped statement.
    expect(selects(subgraph.statements)).toHaveLength(1);
    expect(selects(subgraph.statements)[0]).toMatch(/GROUP BY/i);
    const expected: Array<{ district_id: string; award_type_code: string; total: number | string }> = await subgraph.db.query(
      `SELECT district_id, award_type_code, COUNT(*) AS total FROM local_award WHERE year = 2023 GROUP BY district_id, award_type_code`,
    );
    const key = (districtId: string, awardTypeCode: string) => `${districtId} ${awardTypeCode}`;
    const counted = Object.fromEntries(expected.map((row) => [key(row.district_id, row.award_type_code), Number(row.total)]));
    const [byDistrict, byLevel] = _entities;
    expect(byDistrict).toMatchObject({ year: 2023, groupBy: 'DISTRICT' });
    expect(Object.fromEntries(byDistrict.localAwardCounts.map((row: any) => [key(row.districtId, row.awardTypeCode), row.count]))).toEqual(counted);
    expect(new Set(byDistrict.localAwardCounts.map((row: any) => row.districtId)).size).toBe(30);
    expect(byLevel).toEqual({ ...byDistrict, groupBy: 'LEVEL' });
  });

  test('AwardStatistics refuses a year that cannot be one', async () => {
    const { data, errors } = await subgraph.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on AwardStatistics { localAwardCounts { count } } } }`,
      { representations: [{ __typename: 'AwardStatistics', year: 20230, groupBy: 'DISTRICT', includeRevoked: false }] },
    );
    expect(data?._entities).toEqual([null]);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
  });

  test('the SDL hides the contract from the public API and keys the statistics by year, grouping and whether revoked awards count', async () => {
    const { sdl } = (await answer(`{ _service { sdl } }`))._service;
    expect(sdl).toMatch(/localAwardRecords: \[LocalAwardRecord!\]! @inaccessible/);
    expect(sdl).toMatch(/type LocalAwardRecord\s+@shareable\s+@inaccessible/);
    expect(sdl).toMatch(/type AwardStatistics\s+@key\(fields: "year groupBy includeRevoked"\)/);
    expect(sdl).toMatch(/localAwardCounts: \[LocalAwardCount!\]! @inaccessible/);
  });
});

describe(`a second city: Cẩm Lệ, Đà Nẵng (${SEED_003}), in a database of its own`, () => {
  let camle: SubgraphUnderTest;
  let db: DataSource;
  const ask = async (query: string, variables?: Record<string, unknown>, as?: Caller): Promise<any> => {
    const { data, errors } = await camle.execute(query, variables, as);
    expect(errors).toBeUndefined();
    return data;
  };
  beforeAll(async () => {
    camle = await subgraphUnderTest(districtSubgraph, 'camle');
    db = camle.db;
  });
  afterAll(() => camle?.stop());

  test('holds Cẩm Lệ only, and none of Hà Nội', async () => {
    const data = await ask(`{
      districts { id name source successors { name kind } }
      baDinh: district(id: "ba-dinh") { id }
      dongDa: person(id: "dong-da-do-trong-nam") { id }
    }`);
    expect(data).toEqual({
      districts: [{ id: 'cam-le', name: 'Cẩm Lệ', source: SEED_003, successors: [{ name: 'Phường Cẩm Lệ', kind: 'WARD' }] }],
      baDinh: null,
      dongDa: null,
    });
    const years = await db.query(`SELECT DISTINCT year FROM local_award UNION SELECT DISTINCT year FROM year_rating`);
    expect(years.map((row: any) => Number(row.year))).toEqual([2017]);
  });

  test("answers its 2017 facts: 36 TTLDTT, 39 + 89 Giấy khen, 38 CSTDCS, 304 LDTT, and 11 collectives and 38 people rated EXCELLENT", async () => {
    const { district } = await ask(`{ district(id: "cam-le") {
      localAwardCounts(year: 2017) { awardType { code } count }
      units(first: 100) { nodes { ratings { year rating source } people(first: 100) { nodes { ratings { year rating source } } } } }
    } }`, undefined, CITY_ADMIN);
    expect(countsByCode(district.localAwardCounts)).toEqual({ TTLDTT: 36, GK: 39 + 89, CSTDCS: 38, LDTT: 304 });
    const localAwards = await everyLocalAward(ask, 'cam-le', 2017, 'awardType { code } unit { id } person { id } source');
    const units = district.units.nodes;
    const gk = localAwards.filter((award: any) => award.awardType.code === 'GK');
    expect([gk.filter((award: any) => award.unit).length, gk.filter((award: any) => award.person).length]).toEqual([39, 89]);
    expect(localAwards.every((award: any) => award.source === SEED_003)).toBe(true);
    const excellent = (holders: any[]) => holders.flatMap((holder) => holder.ratings).filter((rating: any) => rating.rating === 'EXCELLENT');
    expect(excellent(units)).toEqual(Array(11).fill({ year: 2017, rating: 'EXCELLENT', source: SEED_003 }));
    expect(excellent(units.flatMap((unit: any) => unit.people.nodes))).toEqual(Array(38).fill({ year: 2017, rating: 'EXCELLENT', source: SEED_003 }));
  });

  test('records the 15 exemplary units in the 2017 movement, and the 2018 covenant with its wards as a 2018 movement', async () => {
    const { district } = await ask(`{ district(id: "cam-le") { movements { year title launchedOn description source } targets(year: 2017) { name } } }`);
    expect(district.movements.every((movement: any) => movement.source === SEED_003)).toBe(true);
    const of2017 = district.movements.filter((movement: any) => movement.year === 2017);
    expect(of2017.some((movement: any) => /15 đơn vị tiêu biểu/.test(movement.description ?? ''))).toBe(true);
    expect(district.movements.filter((movement: any) => movement.year === 2018)).toEqual([
      expect.objectContaining({ title: 'Ký kết giao ước thi đua năm 2018 với các phường', launchedOn: null }),
    ]);
    expect(district.targets).toEqual([]);
  });

  test('is the same on every load: the generator is deterministic', async () => {
    const again = await openSubgraphDatabase(districtSubgraph, 'sqlite::memory:');
    try {
      await seedDatabase(districtSubgraph, again, { dataset: 'camle', scale: 1 });
      for (const table of ['person', 'year_rating', 'initiative', 'local_award']) {
        const rows = (source: DataSource) => source.query(`SELECT * FROM ${table} ORDER BY id`);
        expect(await rows(again)).toEqual(await rows(db));
      }
    } finally {
      await again.destroy();
    }
  });
});
