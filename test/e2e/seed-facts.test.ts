import { Role } from '../../services/core/auth';
import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';
import type { Caller } from '../support/tokens';

const SEED_000 = '000_91381798f5ff2055.txt';
const SEED_001 = '001_48fd20e11e7bbade.txt';
const SEED_002 = '002_90043e1533113753.txt';
const SEED_003 = '003_d8a3844026080267.txt';
const SEED_004 = '004_0d86179cd3a6a5de.txt';

type Count = { awardType: { code: string }; count: number };
const countsByCode = (counts: Count[]) => Object.fromEntries(counts.map(({ awardType, count }) => [awardType.code, count]));

async function answer(federation: Federation, query: string, as?: Caller): Promise<any> {
  const body = await federation.query(query, {}, as);
  expect(body.errors).toBeUndefined();
  return body.data;
}

// Every fact of the five source articles, asked for through the gateway as a dashboard would.
describe.each(DATABASES)('the facts of the source articles, through the gateway, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('Hà Nội (the demo data set)', () => {
    let databases: TestDatabases;
    let federation: Federation;
    beforeAll(async () => {
      databases = makeDatabases('facts');
      federation = await startFederation(databases.urls);
    }, 180_000);
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    test(`${SEED_000}: cluster III's 2017 year-end review, its honouring vote and its 2018 covenant`, async () => {
      const { cluster } = await answer(
        federation,
        `{ cluster(id: "III") {
            conferences(year: 2017) { heldOn kind host { name } figures { name value unitOfMeasure } source }
            nominations(year: 2017) { awardType { code name } district { name } source }
            covenant(year: 2018) { signedOn contents { number } source }
            head2017: head(year: 2017) { name } head2018: head(year: 2018) { name }
        } }`,
      );
      const review = cluster.conferences.find((conference: any) => conference.kind === 'YEAR_END_REVIEW');
      expect(review).toMatchObject({ heldOn: '2017-11-02', host: { name: 'Hoàng Mai' }, source: SEED_000 });
      const values = review.figures.map((figure: any) => figure.value);
      expect(values).toEqual(expect.arrayContaining([27000, 85.66, 36400, 13, 26, 300, 143]));
      const proposed = cluster.nominations.filter((nomination: any) => nomination.source === SEED_000);
      const byCode = proposed.reduce((count: any, { awardType }: any) => ({ ...count, [awardType.code]: (count[awardType.code] ?? 0) + 1 }), {});
      expect(byCode).toEqual({ CO_CP: 1, CO_TP: 2, BK_TP: 3 });
      expect(proposed.find((nomination: any) => nomination.awardType.code === 'CO_CP').awardType.name).toBe('Cờ thi đua của Chính phủ');
      expect(cluster.covenant).toMatchObject({ signedOn: '2017-11-02', source: SEED_000 });
      expect(cluster.covenant.contents.map((content: any) => content.number)).toEqual([1, 2, 3, 4, 5]);
      expect([cluster.head2017.name, cluster.head2018.name]).toEqual(['Hoàng Mai', 'Đống Đa']);
    });

    test(`${SEED_001}: Đống Đa 2023 — 14 targets, 7 exceeded, budget at 102.9%, first in the PAR index, a City Emulation Soldier`, async () => {
      const { district } = await answer(
        federation,
        `{ district(id: "dong-da") {
            targets(year: 2023) { name planned actual unitOfMeasure achievementPercent exceeded }
            localAwardCounts(year: 2023) { awardType { code } count }
            parIndex(year: 2023) { score rank source }
            previous: parIndex(year: 2022) { rank }
            awards(fromYear: 2023, toYear: 2023, first: 100) { nodes { awardType { code } person { fullName position } source } }
        } }`,
      );
      expect(district.targets).toHaveLength(14);
      expect(district.targets.filter((target: any) => target.exceeded)).toHaveLength(7);
      expect(district.targets.every((target: any) => target.achievementPercent >= 100)).toBe(true);
      expect(district.targets).toContainEqual(expect.objectContaining({ actual: 14995, achievementPercent: 102.9, exceeded: true }));
      const total = district.localAwardCounts.reduce((sum: number, { count }: Count) => sum + count, 0);
      expect(total).toBeGreaterThan(1000);
      expect(district.parIndex).toEqual({ score: 96.3, rank: 1, source: SEED_001 });
      expect(district.previous.rank - district.parIndex.rank).toBe(16);
      const cityAwards = district.awards.nodes.filter((award: any) => award.source === SEED_001);
      expect(cityAwards.length).toBeGreaterThan(50);
      expect(cityAwards).toContainEqual(
        expect.objectContaining({ awardType: { code: 'CSTD_TP' }, person: expect.objectContaining({ fullName: 'Đỗ Trọng Nam' }) }),
      );
    });

    test(`${SEED_001} and DOMAIN.md: the 2023 PAR index of all 30 districts, averaging 94%`, async () => {
      const { parIndexRanking } = await answer(federation, `{ parIndexRanking(year: 2023) { rank score district { name } } }`);
      expect(parIndexRanking).toHaveLength(30);
      expect(parIndexRanking.slice(0, 4)).toEqual([
        { rank: 1, score: 96.3, district: { name: 'Đống Đa' } },
        expect.objectContaining({ rank: 2, score: 95.7 }),
        expect.objectContaining({ rank: 2, score: 95.7 }),
        { rank: 4, score: 95.22, district: { name: 'Cầu Giấy' } },
      ]);
      expect(parIndexRanking.slice(1, 3).map((entry: any) => entry.district.name).sort()).toEqual(['Hoàn Kiếm', 'Nam Từ Liêm']);
      expect(parIndexRanking.at(-1)).toEqual({ rank: 30, score: 91.61, district: { name: 'Phú Xuyên' } });
      const mean = parIndexRanking.reduce((sum: number, entry: any) => sum + entry.score, 0) / parIndexRanking.length;
      expect(mean.toFixed(2)).toBe('94.00');
    });

    test(`${SEED_002}: cluster II's mid-year review of 2017`, async () => {
      const { cluster } = await answer(federation, `{ cluster(id: "II") { name conferences(year: 2017) { heldOn kind source } covenant(year: 2017) { source } } }`);
      expect(cluster.conferences).toContainEqual({ heldOn: '2017-08-04', kind: 'MIDYEAR_REVIEW', source: SEED_002 });
      expect(cluster.covenant.source).toBe(SEED_002);
    });

    test(`${SEED_004}: Ba Đình 2020 — 53 TTLDTT, 13 collectives commended, 3 HTXSNV, 7 CSTDCS, 193 LDTT, and its targets`, async () => {
      const { district } = await answer(
        federation,
        `{ district(id: "ba-dinh") {
            localAwardCounts(year: 2020) { awardType { code } count }
            targets(year: 2020) { name planned actual unitOfMeasure achievementPercent exceeded source }
            units(first: 100) { nodes { ratings { year rating source } } }
            movements(year: 2021) { launchedOn source }
        } }`,
      );
      expect(countsByCode(district.localAwardCounts)).toEqual({ TTLDTT: 53, GK: 13, CSTDCS: 7, LDTT: 193 });
      const excellent = district.units.nodes.flatMap((unit: any) => unit.ratings).filter((rating: any) => rating.year === 2020 && rating.rating === 'EXCELLENT');
      expect(excellent).toHaveLength(3);
      const byActual = Object.fromEntries(district.targets.map((target: any) => [target.actual, target]));
      expect(byActual[7140.35]).toMatchObject({ planned: 6951.92, achievementPercent: 102.71, exceeded: true, source: SEED_004 });
      expect(byActual[6402]).toMatchObject({ planned: 6200, achievementPercent: 103.26 });
      expect(byActual[426]).toMatchObject({ planned: 250.7, exceeded: true });
      expect(byActual[94.7].achievementPercent).toBeCloseTo(107.6, 1);
      expect(byActual[94.4].achievementPercent).toBeCloseTo(131, 0);
      expect(byActual[73616]).toMatchObject({ planned: null, achievementPercent: null });
      expect(byActual[586]).toMatchObject({ planned: null });
      expect(district.movements).toContainEqual({ launchedOn: '2021-01-20', source: SEED_004 });
    });
  });
});

describe.each(DATABASES)('a second city, deployed on its own, on %s', (_name, makeDatabases, describeOn) => {
  describeOn(`Cẩm Lệ, Đà Nẵng (${SEED_003})`, () => {
    let databases: TestDatabases;
    let federation: Federation;
    beforeAll(async () => {
      databases = makeDatabases('camle');
      // The facts query reads every unit's and person's ratings at once: by the declared bounds (156
      // years a list) it costs about 3.2 million, over the default limit meant for the dashboard.
      federation = await startFederation(databases.urls, { SEED_DATASET: 'camle', LIMIT_COST: '5000000' });
    }, 120_000);
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    test('answers its own 2017 facts', async () => {
      const { districts, district } = await answer(
        federation,
        `{ districts { id name }
           district(id: "cam-le") { localAwardCounts(year: 2017) { awardType { code } count }
                                    units(first: 100) { nodes { ratings { year rating } people(first: 100) { nodes { ratings { year rating } } } } } } }`,
        // People's ratings are personal data: Cẩm Lệ's own officer reads them.
        { role: Role.DISTRICT_OFFICER, district: 'cam-le' },
      );
      expect(districts).toEqual([{ id: 'cam-le', name: 'Cẩm Lệ' }]);
      expect(countsByCode(district.localAwardCounts)).toEqual({ TTLDTT: 36, GK: 39 + 89, CSTDCS: 38, LDTT: 304 });
      const excellent = (holders: any[]) => holders.flatMap((holder) => holder.ratings).filter((rating: any) => rating.year === 2017 && rating.rating === 'EXCELLENT');
      expect(excellent(district.units.nodes)).toHaveLength(11);
      expect(excellent(district.units.nodes.flatMap((unit: any) => unit.people.nodes))).toHaveLength(38);
    });

    test("knows nothing of Hà Nội's", async () => {
      const data = await answer(
        federation,
        `{ dongDa: district(id: "dong-da") { name } clusters { id } parIndexRanking(year: 2023) { rank } awardTypes { code } }`,
      );
      expect(data.dongDa).toBeNull();
      expect(data.clusters).toEqual([]);
      expect(data.parIndexRanking).toEqual([]);
      // The catalogue is the national law's, the same in every city.
      expect(data.awardTypes).toHaveLength(17);
    });
  });
});
