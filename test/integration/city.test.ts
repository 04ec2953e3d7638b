import { citySubgraph } from '../../services/city/subgraph';
import { datasetPlan, plannedPeople, plannedUnits } from '../../demo/datasets';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { seedDatabase } from '../../demo/seeding';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

const SEED_000 = '000_91381798f5ff2055.txt';
const SEED_001 = '001_48fd20e11e7bbade.txt';
const HANOI = datasetPlan('hanoi');
const NAM = HANOI.namedPeople.find((person) => person.id === 'dong-da-do-trong-nam')!;

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(citySubgraph);
});
afterAll(() => subgraph.stop());

async function entities(representations: object[], selection: string) {
  const result = await subgraph.execute(
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
    { representations },
  );
  expect(result.errors).toBeUndefined();
  return result.data._entities;
}

describe('the award catalogue', () => {
  test('holds Law 06/2022/QH15, district level first, with its source', async () => {
    const { data } = await subgraph.execute(`{ awardTypes { code name nameEn level recipientKinds cashMultiple source } }`);
    expect(data.awardTypes).toHaveLength(17);
    expect(data.awardTypes[0].level).toBe('DISTRICT');
    expect(data.awardTypes.at(-1).level).toBe('NATIONAL');
    expect(data.awardTypes.find((type: any) => type.code === 'LDTT')).toEqual({
      code: 'LDTT',
      name: 'Lao động tiên tiến',
      nameEn: 'Advanced Laborer',
      level: 'DISTRICT',
      recipientKinds: ['INDIVIDUAL'],
      cashMultiple: 0.3,
      source: '06/2022/QH15',
    });
    expect(data.awardTypes.find((type: any) => type.code === 'HCDL_1').name).toBe('Huân chương Độc lập hạng Nhất');
    expect(data.awardTypes.find((type: any) => type.code === 'CO_CP').cashMultiple).toBe(12);
    expect(new Set(data.awardTypes.map((type: any) => type.source))).toEqual(new Set(['06/2022/QH15']));
  });
});

describe('seed 001: Đống Đa 2023', () => {
  test("Đỗ Trọng Nam's City Emulation Soldier title, through Person.awards", async () => {
    const [person] = await entities(
      [{ __typename: 'Person', id: NAM.id }],
      `... on Person { id awards { nodes { year awardType { code level } recipientKind recipientName reason decision { id } decisionNumber decidedOn
         district { id } unit { id } person { id } nomination { id } source } }
         y2023: awards(fromYear: 2023, toYear: 2023) { nodes { id } } y2022: awards(fromYear: 2022, toYear: 2022) { nodes { id } } }`,
    );
    expect(person.awards.nodes).toEqual([
      {
        year: 2023,
        awardType: { code: 'CSTD_TP', level: 'CITY' },
        recipientKind: 'INDIVIDUAL',
        recipientName: `${NAM.fullName}, ${NAM.position}`,
        reason: null,
        // The article names neither the decision nor its date.
        decision: null,
        decisionNumber: null,
        decidedOn: null,
        district: { id: 'dong-da' },
        unit: null,
        person: { id: NAM.id },
        nomination: null,
        source: SEED_001,
      },
    ]);
    expect(person.awards.nodes[0].recipientName).toBe('Đỗ Trọng Nam, Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa');
    expect(person.y2023.nodes).toHaveLength(1);
    expect(person.y2022.nodes).toEqual([]);
  });

  test('over 50 collectives and people commended by the City chair, from the plan, saying they are not named', async () => {
    const [district] = await entities(
      [{ __typename: 'District', id: 'dong-da' }],
      `... on District { awards(fromYear: 2023, toYear: 2023, first: 100) { totalCount nodes { awardType { code level } recipientKind recipientName reason unit { id } person { id } source } } }`,
    );
    expect(district.awards.totalCount).toBe(district.awards.nodes.length);
    const fromArticle = district.awards.nodes.filter((award: any) => award.source === SEED_001);
    const unnamed = fromArticle.filter((award: any) => award.person?.id !== NAM.id);
    expect(unnamed).toHaveLength(51);
    expect(fromArticle.every((award: any) => award.awardType.level === 'CITY')).toBe(true);
    // The article's slot replaces the generator's: no synthetic city-level award to Đống Đa in 2023.
    expect(district.awards.nodes.filter((award: any) => award.awardType.level === 'CITY' && award.source !== SEED_001)).toEqual([]);
    expect(new Set(unnamed.map((award: any) => award.awardType.code))).toEqual(new Set(['TTLDXS', 'BK_TP']));
    for (const award of unnamed) expect(award.reason).toMatch(/does not name them/);

    const dongDa = HANOI.districts.find((candidate) => candidate.id === 'dong-da')!;
    const units = new Map(plannedUnits('hanoi', dongDa, 1).map((unit) => [unit.id, unit]));
    const people = new Map(plannedPeople('hanoi', dongDa, 1).map((person) => [person.id, person]));
    for (const award of unnamed) {
      if (award.recipientKind === 'COLLECTIVE') {
        expect(award.person).toBeNull();
        expect(award.recipientName).toBe(units.get(award.unit.id)!.name);
      } else {
        expect(award.unit).toBeNull();
        expect(award.recipientName.startsWith(`${people.get(award.person.id)!.fullName}, `)).toBe(true);
      }
    }
    // Distinct recipients.
    expect(new Set(unnamed.map((award: any) => award.unit?.id ?? award.person?.id)).size).toBe(51);
  });
});

describe('the PAR index', () => {
  test('2023: Đống Đa first, a tie at 2nd, Cầu Giấy 4th, Phú Xuyên 30th, city average 94.00', async () => {
    const { data, errors } = await subgraph.execute(`{ parIndexRanking(year: 2023) { district { id } year score rank source } }`);
    expect(errors).toBeUndefined();
    const ranking = data.parIndexRanking;
    expect(ranking).toHaveLength(30);
    expect(ranking.slice(0, 4)).toEqual([
      { district: { id: 'dong-da' }, year: 2023, score: 96.3, rank: 1, source: SEED_001 },
      // Standard competition ranking: the tie shares 2nd place, and 3rd is skipped; ties are listed by id.
      { district: { id: 'hoan-kiem' }, year: 2023, score: 95.7, rank: 2, source: 'DOMAIN.md' },
      { district: { id: 'nam-tu-liem' }, year: 2023, score: 95.7, rank: 2, source: 'DOMAIN.md' },
      { district: { id: 'cau-giay' }, year: 2023, score: 95.22, rank: 4, source: 'DOMAIN.md' },
    ]);
    expect(ranking.at(-1)).toEqual({ district: { id: 'phu-xuyen' }, year: 2023, score: 91.61, rank: 30, source: 'DOMAIN.md' });
    const others = ranking.slice(4, -1);
    expect(others.map((entry: any) => entry.rank)).toEqual(Array.from({ length: 25 }, (_, i) => i + 5));
    for (const entry of others) {
      expect(entry.source).toBe('synthetic');
      expect(entry.score).toBeGreaterThan(91.61);
      expect(entry.score).toBeLessThan(95.22);
      expect(Math.round(entry.score * 100)).toBeCloseTo(entry.score * 100, 6);
    }
    expect(new Set(others.map((entry: any) => entry.score)).size).toBe(25);
    const mean = ranking.reduce((sum: number, entry: any) => sum + entry.score, 0) / ranking.length;
    expect(mean.toFixed(2)).toBe('94.00');
    expect(new Set(ranking.map((entry: any) => entry.district.id))).toEqual(new Set(HANOI.districts.map((district) => district.id)));
  });

  test('2022: Đống Đa 17th (it climbed 16 places), every synthetic year ranked 1..30 by score', async () => {
    const [dongDa] = await entities(
      [{ __typename: 'District', id: 'dong-da' }],
      `... on District { y2022: parIndex(year: 2022) { year rank source } y2023: parIndex(year: 2023) { rank } y2030: parIndex(year: 2030) { rank } }`,
    );
    expect(dongDa).toEqual({ y2022: { year: 2022, rank: 17, source: SEED_001 }, y2023: { rank: 1 }, y2030: null });

    for (const year of HANOI.syntheticYears) {
      const { data } = await subgraph.execute(`query ($year: Int!) { parIndexRanking(year: $year) { score rank } }`, { year });
      const ranking = data.parIndexRanking;
      expect(ranking).toHaveLength(30);
      for (const [i, entry] of ranking.entries()) {
        expect(entry.score).toBeGreaterThanOrEqual(85);
        expect(entry.score).toBeLessThanOrEqual(97);
        expect(entry.rank).toBe(1 + ranking.filter((other: any) => other.score > entry.score).length);
        if (i > 0) expect(entry.score).toBeLessThanOrEqual(ranking[i - 1].score);
      }
      if (year !== 2023) expect(ranking.map((entry: any) => entry.rank)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    }
  });

  test('a year out of range is the client\'s error', async () => {
    const { errors } = await subgraph.execute(`{ parIndexRanking(year: 20233) { rank } }`);
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe(`${SEED_000}: the orders cluster III's collectives and people received in 2017`, () => {
  test('1 Independence Order 1st class, 1 Labor Order 1st, 3 2nd and 1 3rd class, each to a collective of a member, conferred by the President', async () => {
    const orders: Array<{ code: string; kind: string; district: string; unit: string | null; conferred_by: string; decision_id: number | null; reason: string; basis: string }> =
      await subgraph.db.query(
        `SELECT award_type_code AS code, recipient_kind AS kind, district_id AS district, unit_id AS unit, conferred_by, decision_id, reason, basis
         FROM award WHERE source = '${SEED_000}' AND year = 2017 ORDER BY id`,
      );
    const byCode = orders.reduce<Record<string, number>>((count, { code }) => ({ ...count, [code]: (count[code] ?? 0) + 1 }), {});
    // The same figures as the year-end review's conference figures.
    expect(byCode).toEqual({ HCDL_1: 1, HCLD_1: 1, HCLD_2: 3, HCLD_3: 1 });
    const members = ['ba-dinh', 'dong-da', 'hoan-kiem', 'hai-ba-trung', 'long-bien', 'hoang-mai'];
    expect(new Set(orders.map((order) => order.district))).toEqual(new Set(members));
    for (const order of orders) {
      expect(order).toMatchObject({ kind: 'COLLECTIVE', conferred_by: 'Chủ tịch nước', decision_id: null, basis: 'RULE' });
      expect(order.unit!.startsWith(`${order.district}-u`)).toBe(true);
      // The recipient is the data set's choice, and the award says so.
      expect(order.reason).toContain('without naming its recipient');
    }
  });
});

describe('decisions and synthetic awards', () => {
  test('every decision number is unique, and every award reads its number and date from its decision', async () => {
    const decisions: Array<{ id: number; number: string; signed_on: string; issuing_authority: string; source: string }> = await subgraph.db.query(
      'SELECT id, number, signed_on, issuing_authority, source FROM award_decision',
    );
    expect(decisions.length).toBeGreaterThan(100);
    expect(new Set(decisions.map((decision) => decision.number)).size).toBe(decisions.length);
    for (const decision of decisions) expect(decision.number).toMatch(/^\d+\/QĐ-(UBND|TTg|CTN)$/);
    // The authority as it was, from the plan's city name: nothing assumes which city.
    const authorities = new Set(decisions.map((decision) => decision.issuing_authority));
    expect(authorities).toEqual(new Set([`Chủ tịch UBND thành phố ${HANOI.city}`, 'Thủ tướng Chính phủ', 'Chủ tịch nước']));
    expect(authorities.has('Chủ tịch UBND thành phố Hà Nội')).toBe(true);
    // No award without a decision but those of the articles, which publish none.
    const [{ count }] = await subgraph.db.query(`SELECT COUNT(*) AS count FROM award WHERE decision_id IS NULL AND source NOT IN ('${SEED_001}', '${SEED_000}')`);
    expect(Number(count)).toBe(0);
    // Those name who conferred them instead, as the articles do: the City chair (seed 001), the President (seed 000's orders).
    const conferral = await subgraph.db.query('SELECT decision_id IS NULL AS undecided, conferred_by, COUNT(*) AS count FROM award GROUP BY 1, 2');
    expect(new Set(conferral.map((row: any) => `${Boolean(row.undecided)} ${row.conferred_by}`))).toEqual(
      new Set(['false null', `true Chủ tịch UBND thành phố ${HANOI.city}`, 'true Chủ tịch nước']),
    );

    const cstd = decisions.find((decision) => decision.number.endsWith('/QĐ-UBND'))!;
    const { data, errors } = await subgraph.execute(
      `query ($number: String!) {
        awardDecision(number: $number) { id number signedOn signer issuingAuthority source
          awards(first: 100) { totalCount nodes { year decisionNumber decidedOn decision { id } awardType { level } } } }
        none: awardDecision(number: "0/QĐ-UBND") { id }
      }`,
      { number: cstd.number },
    );
    expect(errors).toBeUndefined();
    const decision = data.awardDecision;
    expect(decision).toMatchObject({ number: cstd.number, issuingAuthority: 'Chủ tịch UBND thành phố Hà Nội', source: 'synthetic' });
    expect(decision.signer).toMatch(/^KT\. Chủ tịch – Phó Chủ tịch /);
    expect(decision.awards.nodes.length).toBeGreaterThan(0);
    expect(decision.awards.totalCount).toBe(decision.awards.nodes.length);
    for (const award of decision.awards.nodes) {
      expect(award).toMatchObject({ decisionNumber: decision.number, decidedOn: decision.signedOn, decision: { id: decision.id }, awardType: { level: 'CITY' } });
      // Signed the year after the achievements.
      expect(Number(decision.signedOn.slice(0, 4))).toBe(award.year + 1);
    }
    expect(data.none).toBeNull();
  });

  test('every synthetic year and district has city awards to people and units of the plan, by name', async () => {
    const rows: Array<any> = await subgraph.db.query(
      'SELECT year, award_type_code, recipient_kind, recipient_name, district_id, unit_id, person_id, source FROM award',
    );
    // A few thousand rows at scale 1, so that the suite stays fast.
    expect(rows.length).toBeGreaterThan(2000);
    expect(rows.length).toBeLessThan(6000);
    const units = new Map(HANOI.districts.flatMap((district) => plannedUnits('hanoi', district, 1)).map((unit) => [unit.id, unit]));
    const people = new Map(HANOI.districts.flatMap((district) => plannedPeople('hanoi', district, 1)).map((person) => [person.id, person]));
    for (const row of rows) {
      if (row.recipient_kind === 'COLLECTIVE') {
        expect([row.recipient_name, row.district_id]).toEqual([units.get(row.unit_id)!.name, units.get(row.unit_id)!.districtId]);
        expect(row.person_id).toBeNull();
      } else if (row.recipient_kind === 'INDIVIDUAL') {
        const person = people.get(row.person_id) ?? HANOI.namedPeople.find((named) => named.id === row.person_id)!;
        expect(row.recipient_name.startsWith(`${person.fullName}, ${person.position}`)).toBe(true);
        expect([row.district_id, row.unit_id]).toEqual([person.districtId, null]);
      } else {
        expect([row.unit_id, row.person_id]).toEqual([null, null]);
      }
    }
    // Every award obeys its rule (test/integration/demo-data-rules.test.ts), so the history rules shape
    // what each year can hold: the records begin in 2015.
    const count = (year: number, code: string) => rows.filter((row) => row.year === year && row.award_type_code === code).length;
    let withTtldxs = 0;
    for (const year of HANOI.syntheticYears) {
      // One flag a cluster a year at most, to its leader; five clusters have members.
      expect([year, count(year, 'CO_TP') >= 3 && count(year, 'CO_TP') <= 5]).toEqual([year, true]);
      // CSTD_TP rests on the three CSTDCS years before it (2015–2017 the first); BK_TTG on a BK_TP six
      // years before and five good years (2017's BK_TP, on CSTDCS 2015–2016, the first).
      expect([year, 'CSTD_TP', count(year, 'CSTD_TP') > 0]).toEqual([year, 'CSTD_TP', year >= 2018]);
      if (year < 2023) expect([year, 'BK_TTG', count(year, 'BK_TTG')]).toEqual([year, 'BK_TTG', 0]);
      for (const district of HANOI.districts) {
        const codes = rows.filter((row) => row.year === year && row.district_id === district.id).map((row) => row.award_type_code);
        expect([district.id, year, codes.includes('BK_TP')]).toEqual([district.id, year, true]);
        if (codes.includes('TTLDXS')) withTtldxs += 1;
      }
    }
    // Most district years have a collective fit for TTLDXS (rated EXCELLENT, every member COMPLETED, 70% LDTT, a CSTDCS).
    expect(withTtldxs).toBeGreaterThan(0.8 * HANOI.syntheticYears.length * HANOI.districts.length);
    const national = rows.filter((row) => ['CO_CP', 'BK_TTG', 'HCLD_3'].includes(row.award_type_code) && row.source === 'synthetic');
    expect(new Set(national.map((row) => row.award_type_code))).toEqual(new Set(['CO_CP', 'BK_TTG', 'HCLD_3']));
  });
});

describe('entities other subgraphs reference', () => {
  test('resolves AwardType and District representations in order', async () => {
    const result = await entities(
      [
        { __typename: 'AwardType', code: 'CO_CP' },
        { __typename: 'AwardType', code: 'NOT_AN_AWARD' },
        { __typename: 'District', id: 'dong-da' },
        { __typename: 'District', id: 'nowhere' },
      ],
      `... on AwardType { code level source }
       ... on District { id awards { totalCount } y2023: awards(fromYear: 2023, toYear: 2023, first: 100) { nodes { recipientName awardType { code } source } }
         parIndex(year: 2023) { rank } }`,
    );
    expect(result[0]).toEqual({ code: 'CO_CP', level: 'NATIONAL', source: '06/2022/QH15' });
    expect(result[1]).toBeNull();
    expect(result[2].id).toBe('dong-da');
    expect(result[2].awards.totalCount).toBeGreaterThan(result[2].y2023.nodes.length);
    expect(result[2].y2023.nodes).toContainEqual({
      recipientName: 'Đỗ Trọng Nam, Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa',
      awardType: { code: 'CSTD_TP' },
      source: SEED_001,
    });
    expect(result[2].parIndex).toEqual({ rank: 1 });
    expect(result[3]).toEqual({ id: 'nowhere', awards: { totalCount: 0 }, y2023: { nodes: [] }, parIndex: null });
    // One batch per depth of the query, whatever the number of rows: the award types asked for, the
    // count of every year's awards (not their page: only totalCount is asked), the page of 2023, the
    // PAR index of 2023, then the types of the awards found.
    expect(selects(subgraph.statements)).toHaveLength(5);
  });

  test('District, Unit and Person representations are batched: the statements do not grow with their number', async () => {
    const selection = `... on District { id awards(fromYear: 2020, toYear: 2020) { nodes { id awardType { code } decision { number } } } parIndex(year: 2020) { rank } }
      ... on Unit { id awards { nodes { id decisionNumber awardType { code } } } y2020: awards(fromYear: 2020, toYear: 2020) { nodes { id } } }
      ... on Person { id awards { nodes { id decidedOn awardType { code } } } y2020: awards(fromYear: 2020, toYear: 2020) { nodes { id } } }`;
    const dongDa = HANOI.districts.find((district) => district.id === 'dong-da')!;
    const representations = (n: number) => [
      ...HANOI.districts.slice(0, n).map((district) => ({ __typename: 'District', id: district.id })),
      ...plannedUnits('hanoi', dongDa, 1).slice(0, n).map((unit) => ({ __typename: 'Unit', id: unit.id })),
      ...plannedPeople('hanoi', dongDa, 1).slice(0, n * 10).map((person) => ({ __typename: 'Person', id: person.id })),
    ];
    const few = await entities(representations(2), selection);
    const fewStatements = selects(subgraph.statements).length;
    const many = await entities(representations(20), selection);
    expect(selects(subgraph.statements)).toHaveLength(fewStatements);
    // District: the page of 2020, PAR of 2020; Unit: all, 2020; Person: all, 2020; then award types and decisions.
    expect(fewStatements).toBe(8);
    expect(many.length).toBe(20 + 20 + 200);
    expect(few.length).toBe(2 + 2 + 20);
    const unitAwards = many.filter((entity: any) => entity.id.includes('-u')).flatMap((unit: any) => unit.awards.nodes);
    const personAwards = many.filter((entity: any) => entity.id.includes('-p')).flatMap((person: any) => person.awards.nodes);
    expect(unitAwards.length).toBeGreaterThan(0);
    expect(personAwards.length).toBeGreaterThan(0);
  });
});

/** Every node of a connection, page by page; `page` runs one query for a page after a cursor. */
async function walk(page: (after: string | null) => Promise<any>): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const connection = await page(after);
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

async function failure(query: string, variables?: Record<string, unknown>) {
  const { errors } = await subgraph.execute(query, variables);
  return errors?.[0].extensions;
}

const ids = (rows: Array<{ id: number }>) => rows.map((row) => String(row.id));

describe('lists of awards are pages', () => {
  const districtAwards = (id: string, args: string) => async (after: string | null) => {
    const [district] = await entities(
      [{ __typename: 'District', id }],
      `... on District { awards(${args}, after: ${JSON.stringify(after)}) { totalCount nodes { id year awardType { level } } pageInfo { hasNextPage endCursor } } }`,
    );
    return district.awards;
  };

  test("walking a district's pages gives each of its awards once, by year then id, and totalCount counts them", async () => {
    const expected = await subgraph.db.query(`SELECT id FROM award WHERE district_id = 'dong-da' ORDER BY year, id`);
    expect(expected.length).toBeGreaterThan(100);
    const walked = await walk(districtAwards('dong-da', 'first: 40'));
    expect(walked.map((award) => award.id)).toEqual(ids(expected));
    expect((await districtAwards('dong-da', 'first: 1')(null)).totalCount).toBe(expected.length);
  });

  test('level and years filter the list, alone or together, on every page and in totalCount', async () => {
    const rows = (where: string) =>
      subgraph.db.query(`SELECT award.id FROM award JOIN award_type ON award_type.code = award.award_type_code WHERE ${where} ORDER BY award.year, award.id`);
    const cases: Array<[args: string, where: string]> = [
      ['level: CITY', `district_id = 'dong-da' AND level = 'CITY'`],
      ['level: NATIONAL', `district_id = 'dong-da' AND level = 'NATIONAL'`],
      ['level: DISTRICT', `district_id = 'dong-da' AND level = 'DISTRICT'`],
      ['fromYear: 2022', `district_id = 'dong-da' AND year >= 2022`],
      ['toYear: 2016', `district_id = 'dong-da' AND year <= 2016`],
      ['fromYear: 2018, toYear: 2018', `district_id = 'dong-da' AND year = 2018`],
      ['level: CITY, fromYear: 2019, toYear: 2021', `district_id = 'dong-da' AND level = 'CITY' AND year BETWEEN 2019 AND 2021`],
    ];
    for (const [args, where] of cases) {
      const expected = await rows(where);
      const walked = await walk(districtAwards('dong-da', `first: 15, ${args}`));
      expect([args, walked.map((award) => award.id)]).toEqual([args, ids(expected)]);
      expect([args, (await districtAwards('dong-da', `first: 1, ${args}`)(null)).totalCount]).toEqual([args, expected.length]);
    }
    // The flags and national awards to a district as a whole are in its list too.
    const [{ district_id: flagged }] = await subgraph.db.query(`SELECT MIN(district_id) AS district_id FROM award WHERE award_type_code = 'CO_CP'`);
    const national = await rows(`district_id = '${flagged}' AND level = 'NATIONAL' AND recipient_kind = 'DISTRICT'`);
    expect(national.length).toBeGreaterThan(0);
    const walked = await walk(districtAwards(flagged, 'first: 15, level: NATIONAL'));
    expect(walked.map((award) => award.id)).toEqual(expect.arrayContaining(ids(national)));
  });

  test("a unit's and a person's awards take the same filters", async () => {
    const personId = await nationallyHonoured();
    const [unit, person] = await entities(
      [
        { __typename: 'Unit', id: 'hoai-duc-u011' },
        { __typename: 'Person', id: personId },
      ],
      `... on Unit { all: awards { totalCount nodes { id } } late: awards(fromYear: 2020) { nodes { year } } }
       ... on Person { awards(level: NATIONAL) { nodes { year awardType { code } } } city: awards(level: CITY) { nodes { year awardType { code } } } }`,
    );
    const unitRows = await subgraph.db.query(`SELECT id, year FROM award WHERE unit_id = 'hoai-duc-u011' ORDER BY year, id`);
    expect(unit.all).toEqual({ totalCount: unitRows.length, nodes: unitRows.map((row: any) => ({ id: String(row.id) })) });
    expect(unit.late.nodes).toEqual(unitRows.filter((row: any) => row.year >= 2020).map((row: any) => ({ year: row.year })));
    const byLevel = async (level: string) =>
      (
        await subgraph.db.query(
          `SELECT award.year, award_type_code AS code FROM award JOIN award_type ON award_type.code = award.award_type_code
           WHERE person_id = ? AND level = ? ORDER BY award.year, award.id`,
          [personId, level],
        )
      ).map((row: any) => ({ year: row.year, awardType: { code: row.code } }));
    expect(person.awards.nodes).toEqual(await byLevel('NATIONAL'));
    expect(person.awards.nodes.length).toBeGreaterThan(0);
    expect(person.city.nodes).toEqual(await byLevel('CITY'));
    expect(person.city.nodes.length).toBeGreaterThan(0);
  });

  test("a decision's awards are a page by id", async () => {
    const [{ number, decision_id: decisionId }] = await subgraph.db.query(
      'SELECT number, decision_id FROM award JOIN award_decision ON award_decision.id = award.decision_id GROUP BY decision_id ORDER BY COUNT(*) DESC LIMIT 1',
    );
    const expected = await subgraph.db.query('SELECT id FROM award WHERE decision_id = ? ORDER BY id', [decisionId]);
    expect(expected.length).toBeGreaterThan(10);
    const walked = await walk(async (after) => {
      const { data } = await subgraph.execute(
        'query ($number: String!, $after: String) { awardDecision(number: $number) { awards(first: 10, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }',
        { number, after },
      );
      return data.awardDecision.awards;
    });
    expect(walked.map((award) => award.id)).toEqual(ids(expected));
  });

  test('a year out of range, a range that ends before it starts, or a page too large is refused, naming the argument', async () => {
    const on = (args: string) => `{ _entities(representations: [{ __typename: "District", id: "dong-da" }]) { ... on District { awards(${args}) { totalCount } } } }`;
    expect(await failure(on('fromYear: 2021, toYear: 2020'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fromYear' });
    expect(await failure(on('fromYear: 20233'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fromYear' });
    expect(await failure(on('toYear: 1900'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'toYear' });
    expect(await failure(on('first: 101'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(await failure(on('after: "nonsense"'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    // A one-year range is a range.
    const { errors } = await subgraph.execute(on('fromYear: 2020, toYear: 2020'));
    expect(errors).toBeUndefined();
  });
});

/** The first person (by id) the nation honoured: a BK_TTG rests on city awards before it, so their history spans the three levels. */
async function nationallyHonoured(): Promise<string> {
  const [{ id }] = await subgraph.db.query(`SELECT MIN(person_id) AS id FROM award WHERE award_type_code = 'BK_TTG'`);
  return id;
}

/** What the district subgraph sends for that person: titles around the city's awards (the test sends them, as the gateway would). */
const DISTRICT_CHAIR = 'Chủ tịch UBND huyện';
const LOCAL_RECORDS = [
  { id: '911', year: 2023, awardTypeCode: 'GK', decisionNumber: '45/QĐ-UBND', decidedOn: '2024-01-15', conferredBy: DISTRICT_CHAIR, source: 'synthetic', status: 'CONFERRED' },
  { id: '902', year: 2016, awardTypeCode: 'LDTT', decisionNumber: null, decidedOn: null, conferredBy: DISTRICT_CHAIR, source: 'synthetic', status: 'CONFERRED' },
  { id: '901', year: 2016, awardTypeCode: 'CSTDCS', decisionNumber: '12/QĐ-UBND', decidedOn: '2017-01-20', conferredBy: DISTRICT_CHAIR, source: 'synthetic', status: 'CONFERRED' },
  { id: '903', year: 2017, awardTypeCode: 'LDTT', decisionNumber: '8/QĐ-UBND', decidedOn: '2018-01-09', conferredBy: DISTRICT_CHAIR, source: 'synthetic', status: 'CONFERRED' },
];
const HISTORY_FIELDS = 'id year level awardType { code } decisionNumber decidedOn conferredBy source status award { id recipientName }';

describe('award history: the district records merged with the city awards', () => {
  let personId: string;
  /** The person's city and national awards, as the history shows them. */
  let city: Array<{ id: number; year: number; code: string; level: string; recipient_name: string; source: string; number: string; signed_on: string; issuing_authority: string }>;
  const LEVELS = ['DISTRICT', 'CITY', 'NATIONAL'];
  beforeAll(async () => {
    personId = await nationallyHonoured();
    city = await subgraph.db.query(
      `SELECT award.id, award.year, award.award_type_code AS code, award_type.level, award.recipient_name, award.source, number, signed_on, issuing_authority
       FROM award JOIN award_decision ON award_decision.id = award.decision_id JOIN award_type ON award_type.code = award.award_type_code
       WHERE person_id = ? ORDER BY award.year`,
      [personId],
    );
  });
  const history = async (args: string, records: object[] = LOCAL_RECORDS) => {
    const [person] = await entities(
      [{ __typename: 'Person', id: personId, localAwardRecords: records }],
      `... on Person { awardHistory${args ? `(${args})` : ''} { totalCount nodes { ${HISTORY_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    );
    return person.awardHistory;
  };

  test('by year, then level (district, city, national), then award type code; each line says who conferred it', async () => {
    expect(new Set(city.map((row) => row.level))).toEqual(new Set(['CITY', 'NATIONAL']));
    const fromCity = (row: any) => ({
      id: `city-${row.id}`,
      year: row.year,
      level: row.level,
      awardType: { code: row.code },
      decisionNumber: row.number,
      decidedOn: row.signed_on,
      conferredBy: row.issuing_authority,
      source: row.source,
      status: 'CONFERRED',
      award: { id: String(row.id), recipientName: row.recipient_name },
    });
    const fromDistrict = ({ id, awardTypeCode, ...record }: (typeof LOCAL_RECORDS)[number]) => ({
      id: `district-${id}`,
      ...record,
      level: 'DISTRICT',
      awardType: { code: awardTypeCode },
      award: null,
    });
    const order = (a: any, b: any) =>
      a.year - b.year || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || (a.awardType.code < b.awardType.code ? -1 : a.awardType.code > b.awardType.code ? 1 : 0);
    const expected = [...LOCAL_RECORDS.map(fromDistrict), ...city.map(fromCity)].sort(order);
    const { totalCount, nodes } = await history('');
    expect(totalCount).toBe(LOCAL_RECORDS.length + city.length);
    expect(nodes).toEqual(expected);
    // The district's lines name its chair; the city's the City chair; the national ones the Prime Minister.
    expect(new Set(nodes.map((record: any) => `${record.level} ${record.conferredBy}`))).toEqual(
      new Set([`DISTRICT ${DISTRICT_CHAIR}`, `CITY Chủ tịch UBND thành phố ${HANOI.city}`, 'NATIONAL Thủ tướng Chính phủ']),
    );
  });

  test('level and years filter the merged history', async () => {
    const codes = async (args: string) => (await history(args)).nodes.map((record: any) => `${record.year} ${record.awardType.code}`);
    const whole = (await history('')).nodes.map((record: any) => ({ level: record.level, year: record.year, line: `${record.year} ${record.awardType.code}` }));
    const lines = (keep: (record: { level: string; year: number }) => boolean) => whole.filter(keep).map((record: any) => record.line);
    expect(await codes('level: DISTRICT')).toEqual(['2016 CSTDCS', '2016 LDTT', '2017 LDTT', '2023 GK']);
    for (const level of ['CITY', 'NATIONAL']) {
      expect([level, await codes(`level: ${level}`)]).toEqual([level, lines((record) => record.level === level)]);
    }
    const firstNational = Math.min(...city.filter((row) => row.level === 'NATIONAL').map((row) => row.year));
    expect(await codes(`level: NATIONAL, toYear: ${firstNational}`)).toEqual(lines((record) => record.level === 'NATIONAL' && record.year <= firstNational));
    expect(await codes(`level: NATIONAL, toYear: ${firstNational - 1}`)).toEqual([]);
    expect(await codes('fromYear: 2016, toYear: 2016')).toEqual(lines((record) => record.year === 2016));
    expect(await codes('fromYear: 2018')).toEqual(lines((record) => record.year >= 2018));
    expect((await history('level: DISTRICT, fromYear: 2017')).totalCount).toBe(2);
    expect(await codes('fromYear: 2025')).toEqual([]);
  });

  test('pages through the merged history with cursors', async () => {
    const whole = (await history('')).nodes.map((record: any) => record.id);
    const walked = await walk((after) => history(`first: 2, after: ${JSON.stringify(after)}`));
    expect(walked.map((record) => record.id)).toEqual(whole);
    const second = await history(`first: 3, after: ${JSON.stringify((await history('first: 3')).pageInfo.endCursor)}`);
    expect(second.nodes.map((record: any) => record.id)).toEqual(whole.slice(3, 6));
    expect(second.totalCount).toBe(LOCAL_RECORDS.length + city.length);
  });

  test("a person the district conferred nothing on has the city's awards alone; a decision-less award names the City chair", async () => {
    const [nam] = await entities(
      [{ __typename: 'Person', id: NAM.id, localAwardRecords: [] }],
      `... on Person { awardHistory { nodes { ${HISTORY_FIELDS} } } }`,
    );
    expect(nam.awardHistory.nodes).toEqual([
      expect.objectContaining({
        year: 2023,
        level: 'CITY',
        awardType: { code: 'CSTD_TP' },
        decisionNumber: null,
        decidedOn: null,
        conferredBy: `Chủ tịch UBND thành phố ${HANOI.city}`,
        source: SEED_001,
      }),
    ]);
  });

  test("a unit's history merges its records too; a district's holds the awards to the district as a whole", async () => {
    // A district the Government's flag went to: it holds the city's flag of that year too.
    const [{ district_id: flagged }] = await subgraph.db.query(`SELECT MIN(district_id) AS district_id FROM award WHERE award_type_code = 'CO_CP'`);
    const [unit, district] = await entities(
      [
        {
          __typename: 'Unit',
          id: 'hoai-duc-u011',
          localAwardRecords: [
            { id: '77', year: 2015, awardTypeCode: 'TTLDTT', decisionNumber: null, decidedOn: null, conferredBy: 'Chủ tịch UBND huyện Hoài Đức', source: 'synthetic', status: 'CONFERRED' },
          ],
        },
        { __typename: 'District', id: flagged },
      ],
      `... on Unit { awardHistory(first: 100) { totalCount nodes { id level award { recipientKind } } } }
       ... on District { awardHistory { nodes { year level awardType { code } award { recipientKind } } } national: awardHistory(level: NATIONAL) { nodes { year } } }`,
    );
    const unitRows = await subgraph.db.query(`SELECT COUNT(*) AS count FROM award WHERE unit_id = 'hoai-duc-u011'`);
    expect(unit.awardHistory.totalCount).toBe(Number(unitRows[0].count) + 1);
    expect(unit.awardHistory.nodes.filter((record: any) => record.level === 'DISTRICT')).toEqual([{ id: 'district-77', level: 'DISTRICT', award: null }]);
    expect(unit.awardHistory.nodes.every((record: any) => record.level === 'DISTRICT' || record.award.recipientKind === 'COLLECTIVE')).toBe(true);
    const flags: Array<{ year: number; code: string; level: string }> = await subgraph.db.query(
      `SELECT award.year, award_type_code AS code, level FROM award JOIN award_type ON award_type.code = award.award_type_code
       WHERE district_id = ? AND recipient_kind = 'DISTRICT' ORDER BY award.year, CASE level WHEN 'CITY' THEN 0 ELSE 1 END, award_type_code`,
      [flagged],
    );
    expect(flags.some((row) => row.code === 'CO_CP') && flags.some((row) => row.code === 'CO_TP')).toBe(true);
    expect(district.awardHistory.nodes).toEqual(flags.map(({ year, code, level }) => ({ year, level, awardType: { code }, award: { recipientKind: 'DISTRICT' } })));
    expect(district.national.nodes).toEqual(flags.filter((row) => row.level === 'NATIONAL').map(({ year }) => ({ year })));
  });

  test('a representation without localAwardRecords, or a bad range, is refused', async () => {
    const query = (representation: object, args = '') =>
      subgraph.execute(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { awardHistory${args} { totalCount } } } }`, { r: [representation] });
    expect((await query({ __typename: 'Person', id: NAM.id })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'representations' });
    expect((await query({ __typename: 'Person', id: NAM.id, localAwardRecords: [] }, '(fromYear: 2020, toYear: 2019)')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'fromYear',
    });
  });

  test('the statements do not grow with the number of people', async () => {
    // People the city awarded, so that even the few need award types and decisions.
    const people: Array<{ id: string }> = await subgraph.db.query('SELECT DISTINCT person_id AS id FROM award WHERE person_id IS NOT NULL ORDER BY person_id LIMIT 100');
    const representations = (n: number) =>
      people.slice(0, n).map((person, index) => ({
        __typename: 'Person',
        id: person.id,
        localAwardRecords: [2019, 2020, 2021].map((year) => ({
          id: String(index * 10 + year),
          year,
          awardTypeCode: year === 2021 ? 'CSTDCS' : 'LDTT',
          decisionNumber: null,
          decidedOn: null,
          conferredBy: 'Chủ tịch UBND quận Đống Đa',
          source: 'synthetic',
          status: 'CONFERRED',
        })),
      }));
    const selection = `... on Person { id awardHistory(first: 4, fromYear: 2016) { totalCount nodes { id level conferredBy awardType { code name } award { id decision { number } } } } }`;
    const few = await entities(representations(10), selection);
    const fewStatements = selects(subgraph.statements).length;
    const many = await entities(representations(100), selection);
    // The awards of every person; then the types of every record, the district's and the city's, in one batch, and the decisions.
    expect(fewStatements).toBe(3);
    expect(selects(subgraph.statements)).toHaveLength(fewStatements);
    expect(few).toHaveLength(10);
    expect(many).toHaveLength(100);
    expect(many.every((person: any) => person.awardHistory.totalCount >= 3)).toBe(true);
    const cityLines = many.flatMap((person: any) => person.awardHistory.nodes).filter((record: any) => record.level !== 'DISTRICT');
    expect(cityLines.length).toBeGreaterThan(50);
    expect(cityLines.every((record: any) => record.id === `city-${record.award.id}`)).toBe(true);
  });
});

describe('award statistics: the district counts merged with the city awards', () => {
  const YEAR = 2023;
  const LOCAL_COUNTS = [
    { districtId: 'dong-da', awardTypeCode: 'LDTT', count: 900 },
    { districtId: 'dong-da', awardTypeCode: 'CSTDCS', count: 120 },
    { districtId: 'ba-dinh', awardTypeCode: 'LDTT', count: 200 },
    { districtId: 'ba-dinh', awardTypeCode: 'GK', count: 50 },
  ];
  const GROUP_FIELDS = 'key count district { id } awardType { code level } level';
  const statistics = async (groupBy: string, localAwardCounts: object[] = LOCAL_COUNTS) => {
    const [result] = await entities(
      [{ __typename: 'AwardStatistics', year: YEAR, groupBy, includeRevoked: false, localAwardCounts }],
      `... on AwardStatistics { year groupBy total groups { ${GROUP_FIELDS} } }`,
    );
    return result;
  };
  const cityCounts = async (): Promise<Array<{ districtId: string; code: string; level: string; count: number }>> =>
    (
      await subgraph.db.query(
        `SELECT district_id AS districtId, award_type_code AS code, level, COUNT(*) AS count FROM award JOIN award_type ON code = award_type_code
         WHERE year = ${YEAR} GROUP BY district_id, award_type_code, level`,
      )
    ).map((row: any) => ({ ...row, count: Number(row.count) }));
  const sum = (rows: Array<{ count: number }>) => rows.reduce((total, row) => total + row.count, 0);
  const expectOrdered = (groups: Array<{ key: string; count: number }>) => {
    for (let i = 1; i < groups.length; i++) {
      const [before, after] = [groups[i - 1], groups[i]];
      expect(before.count > after.count || (before.count === after.count && before.key < after.key)).toBe(true);
    }
  };

  test('the query names the year and grouping; a year out of range is refused', async () => {
    const { data, errors } = await subgraph.execute(`{ awardStatistics(year: ${YEAR}, groupBy: LEVEL) { year groupBy } }`);
    expect(errors).toBeUndefined();
    expect(data.awardStatistics).toEqual({ year: YEAR, groupBy: 'LEVEL' });
    expect(await failure('{ awardStatistics(year: 20233, groupBy: LEVEL) { year } }')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
  });

  test("DISTRICT: a district's count is its local awards plus the city and national awards to it and its people", async () => {
    const city = await cityCounts();
    const result = await statistics('DISTRICT');
    // One grouped statement counts the city's awards of the year; nothing of the catalogue is needed.
    expect(selects(subgraph.statements)).toHaveLength(1);
    expect(selects(subgraph.statements)[0]).toMatch(/GROUP BY/);
    expect(result.total).toBe(sum(LOCAL_COUNTS) + sum(city));
    const dongDaCity = sum(city.filter((row) => row.districtId === 'dong-da'));
    expect(dongDaCity).toBeGreaterThan(50);
    expect(result.groups[0]).toEqual({ key: 'dong-da', count: 900 + 120 + dongDaCity, district: { id: 'dong-da' }, awardType: null, level: null });
    expect(result.groups.find((group: any) => group.key === 'ba-dinh').count).toBe(250 + sum(city.filter((row) => row.districtId === 'ba-dinh')));
    const others = result.groups.filter((group: any) => !['dong-da', 'ba-dinh'].includes(group.key));
    for (const group of others) expect(group.count).toBe(sum(city.filter((row) => row.districtId === group.key)));
    expect(result.groups).toHaveLength(new Set(city.map((row) => row.districtId)).size);
    expect(sum(result.groups)).toBe(result.total);
    expectOrdered(result.groups);
  });

  test('AWARD_TYPE: each type with its level, the districts\' and the city\'s', async () => {
    const city = await cityCounts();
    const result = await statistics('AWARD_TYPE');
    const byKey = new Map(result.groups.map((group: any) => [group.key, group]));
    expect(byKey.get('LDTT')).toEqual({ key: 'LDTT', count: 1100, district: null, awardType: { code: 'LDTT', level: 'DISTRICT' }, level: 'DISTRICT' });
    expect(byKey.get('GK')).toMatchObject({ count: 50, level: 'DISTRICT' });
    expect(byKey.get('BK_TP')).toMatchObject({ count: sum(city.filter((row) => row.code === 'BK_TP')), level: 'CITY' });
    expect(byKey.get('BK_TTG')).toMatchObject({ count: sum(city.filter((row) => row.code === 'BK_TTG')), level: 'NATIONAL' });
    expect(result.groups[0].key).toBe('LDTT');
    expect(sum(result.groups)).toBe(result.total);
    expectOrdered(result.groups);
  });

  test('LEVEL: DISTRICT counts every local award; CITY and NATIONAL the city\'s by their type\'s level', async () => {
    const city = await cityCounts();
    const result = await statistics('LEVEL');
    const level = (name: string) => sum(city.filter((row) => row.level === name));
    expect(result.groups).toEqual(
      [
        { key: 'DISTRICT', count: sum(LOCAL_COUNTS) },
        { key: 'CITY', count: level('CITY') },
        { key: 'NATIONAL', count: level('NATIONAL') },
      ]
        .filter((group) => group.count > 0)
        .sort((a, b) => b.count - a.count)
        .map((group) => ({ ...group, district: null, awardType: null, level: group.key })),
    );
    expect(level('NATIONAL')).toBeGreaterThan(0);
    // Without district counts, the city's alone.
    const cityOnly = await statistics('LEVEL', []);
    expect(cityOnly.groups.map((group: any) => group.key)).toEqual(['CITY', 'NATIONAL']);
    expect(cityOnly.total).toBe(sum(city));
  });

  test('the statistics of a year read one index, not the table', async () => {
    const plan = await subgraph.db.query(
      `EXPLAIN QUERY PLAN SELECT year, district_id, award_type_code, COUNT(*) FROM award WHERE year IN (${YEAR}) GROUP BY year, district_id, award_type_code`,
    );
    expect(plan.map((step: any) => step.detail).join('\n')).toMatch(/USING COVERING INDEX idx_award_year/);
  });

  test('total and groups need the district counts of the representation', async () => {
    const { errors } = await subgraph.execute(`{ awardStatistics(year: ${YEAR}, groupBy: LEVEL) { total } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'representations' });
  });
});

describe('the camle data set (Cẩm Lệ, Đà Nẵng)', () => {
  test('holds the catalogue only: nothing city-level is published for Cẩm Lệ', async () => {
    const db = await openSubgraphDatabase(citySubgraph, 'sqlite::memory:');
    try {
      await seedDatabase(citySubgraph, db, { dataset: 'camle', scale: 1 });
      const count = async (table: string) => Number((await db.query(`SELECT COUNT(*) AS count FROM ${table}`))[0].count);
      expect(await count('award_type')).toBe(17);
      expect([await count('award_decision'), await count('award'), await count('par_index')]).toEqual([0, 0, 0]);
    } finally {
      await db.destroy();
    }
  });
});

describe('scale', () => {
  test('awards grow with the scale and come from that scale\'s plan; the published facts do not', async () => {
    const db = await openSubgraphDatabase(citySubgraph, 'sqlite::memory:');
    try {
      await seedDatabase(citySubgraph, db, { dataset: 'hanoi', scale: 3 });
      const [{ count }] = await db.query(`SELECT COUNT(*) AS count FROM award WHERE source = 'synthetic'`);
      const [{ count: atOne }] = await subgraph.db.query(`SELECT COUNT(*) AS count FROM award WHERE source = 'synthetic'`);
      expect(Number(count) / Number(atOne)).toBeGreaterThan(2.5);
      const [{ count: published }] = await db.query(`SELECT COUNT(*) AS count FROM award WHERE source = '${SEED_001}'`);
      expect(Number(published)).toBe(52);
      // People numbered past scale 1's are awarded too.
      const [{ count: beyond }] = await db.query(`SELECT COUNT(*) AS count FROM award WHERE person_id LIKE 'dong-da-p%' AND person_id > 'dong-da-p1300'`);
      expect(Number(beyond)).toBeGreaterThan(0);
    } finally {
      await db.destroy();
    }
  });
});
