import { citySubgraph } from '../../services/city/subgraph';
import { datasetPlan, plannedPeople, plannedUnits } from '../../services/core/datasets';
import { openSubgraphDatabase, seedDatabase } from '../../services/core/subgraph';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

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
      `... on Person { id awards { year awardType { code level } recipientKind recipientName reason decision { id } decisionNumber decidedOn
         district { id } unit { id } person { id } nomination { id } source } y2023: awards(year: 2023) { id } y2022: awards(year: 2022) { id } }`,
    );
    expect(person.awards).toEqual([
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
    expect(person.awards[0].recipientName).toBe('Đỗ Trọng Nam, Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa');
    expect(person.y2023).toHaveLength(1);
    expect(person.y2022).toEqual([]);
  });

  test('over 50 collectives and people commended by the City chair, from the plan, saying they are not named', async () => {
    const [district] = await entities(
      [{ __typename: 'District', id: 'dong-da' }],
      `... on District { awards(year: 2023) { awardType { code level } recipientKind recipientName reason unit { id } person { id } source } }`,
    );
    const fromArticle = district.awards.filter((award: any) => award.source === SEED_001);
    const unnamed = fromArticle.filter((award: any) => award.person?.id !== NAM.id);
    expect(unnamed).toHaveLength(51);
    expect(fromArticle.every((award: any) => award.awardType.level === 'CITY')).toBe(true);
    // The article's slot replaces the generator's: no synthetic city-level award to Đống Đa in 2023.
    expect(district.awards.filter((award: any) => award.awardType.level === 'CITY' && award.source !== SEED_001)).toEqual([]);
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
    // No award without a decision but those of the article, which publishes none.
    const [{ count }] = await subgraph.db.query(`SELECT COUNT(*) AS count FROM award WHERE decision_id IS NULL AND source <> '${SEED_001}'`);
    expect(Number(count)).toBe(0);

    const cstd = decisions.find((decision) => decision.number.endsWith('/QĐ-UBND'))!;
    const { data, errors } = await subgraph.execute(
      `query ($number: String!) {
        awardDecision(number: $number) { id number signedOn signer issuingAuthority source awards { year decisionNumber decidedOn decision { id } awardType { level } } }
        none: awardDecision(number: "0/QĐ-UBND") { id }
      }`,
      { number: cstd.number },
    );
    expect(errors).toBeUndefined();
    const decision = data.awardDecision;
    expect(decision).toMatchObject({ number: cstd.number, issuingAuthority: 'Chủ tịch UBND thành phố Hà Nội', source: 'synthetic' });
    expect(decision.signer).toMatch(/^KT\. Chủ tịch – Phó Chủ tịch /);
    expect(decision.awards.length).toBeGreaterThan(0);
    for (const award of decision.awards) {
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
    for (const year of HANOI.syntheticYears) {
      const ofYear = rows.filter((row) => row.year === year);
      expect(ofYear.filter((row) => row.award_type_code === 'CO_TP').length).toBeGreaterThanOrEqual(4);
      expect(ofYear.filter((row) => row.award_type_code === 'BK_TTG').length).toBeGreaterThanOrEqual(year === 2015 ? 0 : 1);
      for (const district of HANOI.districts) {
        const codes = ofYear.filter((row) => row.district_id === district.id).map((row) => row.award_type_code);
        for (const code of ['CSTD_TP', 'TTLDXS', 'BK_TP']) expect([district.id, year, codes.includes(code)]).toEqual([district.id, year, true]);
      }
    }
    const national = rows.filter((row) => ['CO_CP', 'BK_TTG', 'HCLD_3'].includes(row.award_type_code));
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
       ... on District { id awards { year } y2023: awards(year: 2023) { recipientName awardType { code } source } parIndex(year: 2023) { rank } }`,
    );
    expect(result[0]).toEqual({ code: 'CO_CP', level: 'NATIONAL', source: '06/2022/QH15' });
    expect(result[1]).toBeNull();
    expect(result[2].id).toBe('dong-da');
    expect(result[2].awards.length).toBeGreaterThan(result[2].y2023.length);
    expect(result[2].y2023).toContainEqual({
      recipientName: 'Đỗ Trọng Nam, Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa',
      awardType: { code: 'CSTD_TP' },
      source: SEED_001,
    });
    expect(result[2].parIndex).toEqual({ rank: 1 });
    expect(result[3]).toEqual({ id: 'nowhere', awards: [], y2023: [], parIndex: null });
    // One batch per depth of the query, whatever the number of rows: the award types asked for, the
    // awards of every year, the awards of 2023, the PAR index of 2023, then the types of the awards found.
    expect(selects(subgraph.statements)).toHaveLength(5);
  });

  test('District, Unit and Person representations are batched: the statements do not grow with their number', async () => {
    const selection = `... on District { id awards(year: 2020) { id awardType { code } decision { number } } parIndex(year: 2020) { rank } }
      ... on Unit { id awards { id decisionNumber awardType { code } } y2020: awards(year: 2020) { id } }
      ... on Person { id awards { id decidedOn awardType { code } } y2020: awards(year: 2020) { id } }`;
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
    // District: awards of 2020, PAR of 2020; Unit: all, 2020; Person: all, 2020; then award types and decisions.
    expect(fewStatements).toBe(8);
    expect(many.length).toBe(20 + 20 + 200);
    expect(few.length).toBe(2 + 2 + 20);
    const unitAwards = many.filter((entity: any) => entity.id.includes('-u')).flatMap((unit: any) => unit.awards);
    const personAwards = many.filter((entity: any) => entity.id.includes('-p')).flatMap((person: any) => person.awards);
    expect(unitAwards.length).toBeGreaterThan(0);
    expect(personAwards.length).toBeGreaterThan(0);
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
      const [{ count: beyond }] = await db.query(`SELECT COUNT(*) AS count FROM award WHERE person_id LIKE 'ba-dinh-p%' AND person_id > 'ba-dinh-p0250'`);
      expect(Number(beyond)).toBeGreaterThan(0);
    } finally {
      await db.destroy();
    }
  });
});
