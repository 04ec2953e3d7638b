import { clusterSubgraph } from '../../services/cluster/subgraph';
import { datasetPlan } from '../../demo/datasets';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { seedDatabase } from '../../demo/seeding';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import { KnownEntity } from '../../services/core/references';

const SEED_000 = '000_91381798f5ff2055.txt';
const SEED_002 = '002_90043e1533113753.txt';
const YEARS = datasetPlan('hanoi').syntheticYears;

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(clusterSubgraph);
});
afterAll(() => subgraph.stop());

async function query<T = any>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await subgraph.execute<T>(text, variables);
  expect(errors).toBeUndefined();
  return data!;
}

const ENTITIES = `query ($representations: [_Any!]!, $year: Int!) {
  _entities(representations: $representations) {
    ... on District { id clusterMembership(year: $year) { role cluster { id } } }
    ... on Cluster { id name head(year: $year) { id } }
  }
}`;

// Everything a cluster keeps for a year, each relation included once.
const CLUSTER_YEAR = `
  id source
  members(year: $year) { role source district { id } cluster { id } }
  covenant(year: $year) { id year signedOn source contents { number text source } }
  scoringTable(year: $year) { id code title maxPoints kind source }
  scores(year: $year) { id year points note source district { id } criterion { id code maxPoints kind } }
  nominations(year: $year) { id year votePercent source district { id } cluster { id } awardType { code } }
  conferences(year: $year) { id heldOn kind summary source host { id } figures { name value unitOfMeasure source } }
`;

const byRank = (standings: Array<{ district: { id: string } }>) => standings.map((standing) => standing.district.id);

function countBy<T>(items: T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
}

describe('cluster subgraph', () => {
  test('lists the clusters, or those that had members in a year', async () => {
    const data = await query(`{ all: clusters { id name source } y2017: clusters(year: 2017) { id } }`);
    expect(data.all.map((cluster: any) => cluster.id)).toEqual(['II', 'III', 'IX', 'X', 'XI', 'XII']);
    expect(data.all[1]).toEqual({ id: 'III', name: 'Cụm thi đua số III', source: SEED_000 });
    // II is named by seed 002, X and XI are the demo's own.
    expect(Object.fromEntries(data.all.map((cluster: any) => [cluster.id, cluster.source]))).toEqual({
      II: SEED_002,
      III: SEED_000,
      IX: 'DOMAIN.md',
      X: 'synthetic',
      XI: 'synthetic',
      XII: 'DOMAIN.md',
    });
    // Cluster II's members were never published.
    expect(data.y2017.map((cluster: any) => cluster.id)).toEqual(['III', 'IX', 'X', 'XI', 'XII']);
  });

  test('gives a year’s members head first; the head passes from Hoàng Mai (2017) to Đống Đa (2018)', async () => {
    const data = await query(`{
      cluster(id: "III") {
        y2017: members(year: 2017) { role source district { id } }
        head2017: head(year: 2017) { id }
        head2018: head(year: 2018) { id }
        nobody: members(year: 1999) { role }
      }
    }`);
    expect(data.cluster.y2017).toHaveLength(6);
    expect(data.cluster.y2017[0]).toEqual({ role: 'HEAD', source: SEED_000, district: { id: 'hoang-mai' } });
    // The 2017 deputy was not published: the rotation chose next year's head, and says so.
    expect(data.cluster.y2017[1]).toEqual({ role: 'DEPUTY', source: 'synthetic', district: { id: 'dong-da' } });
    expect(data.cluster.y2017.slice(2).map((member: any) => member.source)).toEqual(Array(4).fill(SEED_000));
    expect(data.cluster.head2017).toEqual({ id: 'hoang-mai' });
    expect(data.cluster.head2018).toEqual({ id: 'dong-da' });
    expect(data.cluster.nobody).toEqual([]);
  });

  test('keeps the published memberships of IX and XII, and marks the other years synthetic', async () => {
    const data = await query(`{
      ix: cluster(id: "IX") { y2020: members(year: 2020) { role source district { id } } y2021: members(year: 2021) { source } }
      xii: cluster(id: "XII") { y2022: members(year: 2022) { role source district { id } } y2023: members(year: 2023) { role source district { id } } }
    }`);
    expect(data.ix.y2020[0]).toEqual({ role: 'HEAD', source: 'DOMAIN.md', district: { id: 'cau-giay' } });
    expect(data.ix.y2021.map((member: any) => member.source)).toEqual(Array(6).fill('synthetic'));
    expect(data.xii.y2022.slice(0, 2)).toEqual([
      { role: 'HEAD', source: 'DOMAIN.md', district: { id: 'son-tay' } },
      { role: 'DEPUTY', source: 'DOMAIN.md', district: { id: 'thach-that' } },
    ]);
    expect(data.xii.y2022.slice(2).every((member: any) => member.role === 'MEMBER' && member.source === 'DOMAIN.md')).toBe(true);
    // 2023's head and deputy are not published; the deputy of 2022 takes over.
    expect(data.xii.y2023[0]).toEqual({ role: 'HEAD', source: 'synthetic', district: { id: 'thach-that' } });
    expect(data.xii.y2023.filter((member: any) => member.source === 'DOMAIN.md')).toHaveLength(5);
  });

  test('places every district of the city in exactly one cluster each year 2015–2024, with one head and one deputy', async () => {
    const districts = datasetPlan('hanoi').districts.map((district) => district.id).sort();
    const aliases = YEARS.map((year) => `y${year}: clusters(year: ${year}) { id members(year: ${year}) { role district { id } } }`);
    const data = await query(`{ ${aliases.join('\n')} }`);
    expect(YEARS).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const year of YEARS) {
      const clusters = data[`y${year}`];
      const members = clusters.flatMap((cluster: any) => cluster.members.map((member: any) => member.district.id));
      expect([year, [...members].sort()]).toEqual([year, districts]);
      for (const cluster of clusters) {
        expect([year, cluster.id, countBy(cluster.members, (member: any) => member.role)]).toEqual([
          year,
          cluster.id,
          { HEAD: 1, DEPUTY: 1, MEMBER: cluster.members.length - 2 },
        ]);
      }
    }
  });

  test('seed 000: the 2017 year-end review of cluster III at Hoàng Mai, with the figures it reported', async () => {
    const data = await query(`{
      cluster(id: "III") {
        conferences(year: 2017) { id heldOn kind summary source host { id } figures { name value unitOfMeasure source } }
      }
    }`);
    const conferences = data.cluster.conferences;
    expect(conferences.map((conference: any) => conference.kind)).toEqual(['KICKOFF', 'MIDYEAR_REVIEW', 'YEAR_END_REVIEW']);
    const review = conferences[2];
    expect(review).toMatchObject({ id: 'III-2017-11-02', heldOn: '2017-11-02', host: { id: 'hoang-mai' }, source: SEED_000 });
    expect(review.summary).toMatch(/tổng kết công tác thi đua, khen thưởng năm 2017/);
    expect(review.summary).toMatch(/bàn giao nhiệm vụ cụm trưởng năm 2018 cho quận Đống Đa/);
    expect(review.figures.every((figure: any) => figure.source === SEED_000)).toBe(true);
    expect(review.figures.map((figure: any) => [figure.value, figure.unitOfMeasure])).toEqual([
      [27000, 'tỷ đồng'],
      [85.66, '%'],
      [36400, 'tỷ đồng'],
      [13, '%'],
      [1, 'huân chương'],
      [1, 'huân chương'],
      [3, 'huân chương'],
      [1, 'huân chương'],
      [26, 'cờ, bằng khen'],
      [300, 'cờ, bằng khen'],
      [143, 'điển hình'],
    ]);
    const figure = (pattern: RegExp) => review.figures.find((candidate: any) => pattern.test(candidate.name))?.value;
    expect(figure(/9 tháng đầu năm/)).toBe(27000);
    expect(figure(/so với kế hoạch/)).toBe(85.66);
    expect(figure(/cả năm 2017/)).toBe(36400);
    expect(figure(/so với năm 2016/)).toBe(13);
    expect(figure(/Huân chương Độc lập hạng Nhất/)).toBe(1);
    expect(figure(/Huân chương Lao động hạng Nhất/)).toBe(1);
    expect(figure(/Huân chương Lao động hạng Nhì/)).toBe(3);
    expect(figure(/Huân chương Lao động hạng Ba/)).toBe(1);
    expect(figure(/Thủ tướng Chính phủ/)).toBe(26);
    expect(figure(/bộ, ngành Trung ương/)).toBe(300);
    expect(figure(/Người tốt việc tốt/)).toBe(143);
    // The review's neighbours are the generator's, hosted by the year's head.
    expect(conferences.slice(0, 2).map((conference: any) => [conference.source, conference.host])).toEqual([
      ['synthetic', { id: 'hoang-mai' }],
      ['synthetic', { id: 'hoang-mai' }],
    ]);
  });

  test('seed 000: the honouring vote proposes 1 CO_CP, 2 CO_TP and 3 BK_TP, one a member, by the 2017 standings', async () => {
    const data = await query(`{
      cluster(id: "III") {
        members(year: 2017) { district { id } }
        standings(year: 2017) { district { id } }
        nominations(year: 2017) { id year votePercent source district { id } cluster { id } awardType { code } }
      }
    }`);
    const nominations = data.cluster.nominations;
    expect(nominations).toHaveLength(6);
    expect(nominations.map((nomination: any) => nomination.awardType.code)).toEqual(['CO_CP', 'CO_TP', 'CO_TP', 'BK_TP', 'BK_TP', 'BK_TP']);
    for (const nomination of nominations) {
      expect(nomination).toMatchObject({ year: 2017, votePercent: null, source: SEED_000, cluster: { id: 'III' } });
    }
    const nominated = nominations.map((nomination: any) => nomination.district.id);
    expect([...nominated].sort()).toEqual(data.cluster.members.map((member: any) => member.district.id).sort());
    const ranked = byRank(data.cluster.standings);
    expect(nominations.find((nomination: any) => nomination.awardType.code === 'CO_CP').district.id).toBe(ranked[0]);
    expect(nominations.filter((nomination: any) => nomination.awardType.code === 'CO_TP').map((nomination: any) => nomination.district.id).sort()).toEqual(
      ranked.slice(1, 3).sort(),
    );
    expect(nominations[0].id).toBe(`III-2017-${ranked[0]}-CO_CP`);
  });

  test('seed 000: the 2018 covenant of cluster III, signed at the 2017 review, has 5 contents, 3 of them quoted', async () => {
    const data = await query(`{ cluster(id: "III") { covenant(year: 2018) { id year signedOn source contents { number text source } } } }`);
    const covenant = data.cluster.covenant;
    expect(covenant).toMatchObject({ id: 'III-2018', year: 2018, signedOn: '2017-11-02', source: SEED_000 });
    expect(covenant.contents.map((content: any) => content.number)).toEqual([1, 2, 3, 4, 5]);
    expect(covenant.contents.map((content: any) => content.source)).toEqual([SEED_000, SEED_000, SEED_000, 'synthetic', 'synthetic']);
    expect(covenant.contents[0].text).toBe('Quyết tâm thi đua hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh');
    expect(covenant.contents[1].text).toMatch(/^Thi đua thực hiện sáng tạo, hiệu quả 5 nhiệm vụ trọng tâm, 3 khâu đột phá .* trồng 1 triệu cây xanh$/);
    expect(covenant.contents[2].text).toMatch(/^Thi đua xây dựng Đảng, chính quyền trong sạch, vững mạnh, .* có tinh thần trách nhiệm cao$/);
  });

  test('seed 002: cluster II’s 2017 mid-year review, covenant and scoring table, and no members', async () => {
    const data = await query(`{
      cluster(id: "II") {
        members(year: 2017) { role }
        conferences { heldOn kind summary source host { id } figures { name } }
        covenant(year: 2017) { signedOn source contents { number source } }
        scoringTable(year: 2017) { kind source }
        scores(year: 2017) { id }
        nominations(year: 2017) { id }
      }
    }`);
    const cluster = data.cluster;
    expect(cluster.members).toEqual([]);
    expect(cluster.conferences).toHaveLength(1);
    expect(cluster.conferences[0]).toMatchObject({ heldOn: '2017-08-04', kind: 'MIDYEAR_REVIEW', host: null, source: SEED_002, figures: [] });
    expect(cluster.conferences[0].summary).toMatch(/kế hoạch thi đua, bảng chấm điểm, bảng ký kết giao ước thi đua/);
    // Issued early in the year: the covenant is published, its date and contents are not.
    expect(cluster.covenant).toMatchObject({ signedOn: null, source: SEED_002 });
    expect(cluster.covenant.contents.map((content: any) => content.source)).toEqual(Array(5).fill('synthetic'));
    expect(cluster.scoringTable.length).toBeGreaterThan(0);
    expect(cluster.scoringTable.every((criterion: any) => criterion.source === 'synthetic')).toBe(true);
    expect(cluster.scores).toEqual([]);
    expect(cluster.nominations).toEqual([]);
  });

  test('every cluster-year has a 100-point table with one bonus and one penalty, and a score within the maximum for each member and criterion', async () => {
    const aliases = YEARS.map(
      (year) => `y${year}: clusters(year: ${year}) {
        id
        members(year: ${year}) { district { id } }
        scoringTable(year: ${year}) { id code maxPoints kind }
        scores(year: ${year}) { points note district { id } criterion { id maxPoints kind } }
      }`,
    );
    const data = await query(`{ ${aliases.join('\n')} }`);
    for (const year of YEARS) {
      for (const cluster of data[`y${year}`]) {
        const table = cluster.scoringTable;
        const codes = table.map((criterion: any) => criterion.code);
        expect(codes).toEqual([...codes].sort());
        const base = table.filter((criterion: any) => criterion.kind === 'BASE');
        expect(base.length).toBeGreaterThanOrEqual(6);
        expect(base.reduce((sum: number, criterion: any) => sum + criterion.maxPoints, 0)).toBe(100);
        expect(table.filter((criterion: any) => criterion.kind !== 'BASE').map((criterion: any) => [criterion.kind, criterion.maxPoints])).toEqual([
          ['BONUS', 5],
          ['PENALTY', 5],
        ]);
        expect(cluster.scores).toHaveLength(cluster.members.length * table.length);
        const tableIds = new Set(table.map((criterion: any) => criterion.id));
        const outside = cluster.scores.filter(
          (score: any) => !tableIds.has(score.criterion.id) || score.points < 0 || score.points > score.criterion.maxPoints,
        );
        expect(outside).toEqual([]);
        const keys = cluster.scores.map((score: any) => `${score.district.id} ${score.criterion.id}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  test('synthetic votes give the default quota down the standings: CO_CP to the first, CO_TP to the next two, BK_TP to the three after', async () => {
    const aliases = YEARS.map(
      (year) => `y${year}: clusters(year: ${year}) {
        id
        standings(year: ${year}) { district { id } }
        nominations(year: ${year}) { votePercent source district { id } awardType { code } }
      }`,
    );
    const data = await query(`{ ${aliases.join('\n')} }`);
    for (const year of YEARS) {
      for (const cluster of data[`y${year}`]) {
        const ranked = byRank(cluster.standings);
        const synthetic = cluster.nominations.filter((nomination: any) => nomination.source === 'synthetic');
        // Cluster III's 2017 vote is seed 000's own, checked above.
        if (cluster.id === 'III' && year === 2017) {
          expect(synthetic).toEqual([]);
          continue;
        }
        expect([cluster.id, year, synthetic.map((nomination: any) => [nomination.awardType.code, nomination.district.id])]).toEqual([
          cluster.id,
          year,
          [
            ['CO_CP', ranked[0]],
            ...[ranked[1], ranked[2]].sort().map((district) => ['CO_TP', district]),
            // Cluster X has five members: its fifth gets the last BK_TP there is room for.
            ...ranked.slice(3, 6).sort().map((district) => ['BK_TP', district]),
          ],
        ]);
        for (const nomination of synthetic) {
          expect(nomination.votePercent).toBeGreaterThanOrEqual(50);
          expect(nomination.votePercent).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  test('three conferences a cluster-year hosted by the head; each covenant signed at the previous year-end review', async () => {
    const data = await query(`{
      cluster(id: "XI") {
        all: conferences { heldOn kind host { id } }
        ${YEARS.map((year) => `h${year}: head(year: ${year}) { id } c${year}: covenant(year: ${year}) { signedOn source contents { number } }`).join('\n')}
      }
    }`);
    const cluster = data.cluster;
    expect(cluster.all).toHaveLength(YEARS.length * 3);
    const months: Record<string, number[]> = { KICKOFF: [1, 2], MIDYEAR_REVIEW: [7, 8], YEAR_END_REVIEW: [11, 12] };
    for (const conference of cluster.all) {
      const year = Number(conference.heldOn.slice(0, 4));
      expect(months[conference.kind]).toContain(Number(conference.heldOn.slice(5, 7)));
      expect(conference.host).toEqual(cluster[`h${year}`]);
    }
    for (const year of YEARS.slice(1)) {
      const review = cluster.all.find((conference: any) => conference.kind === 'YEAR_END_REVIEW' && conference.heldOn.startsWith(`${year - 1}-`));
      expect([year, cluster[`c${year}`].signedOn]).toEqual([year, review.heldOn]);
      expect(cluster[`c${year}`].contents.map((content: any) => content.number)).toEqual([1, 2, 3, 4, 5]);
      expect(cluster[`c${year}`].source).toBe('synthetic');
    }
    // The head role passes round: no one is head two years running.
    const heads = YEARS.map((year) => cluster[`h${year}`].id);
    heads.slice(1).forEach((head, index) => expect(head).not.toBe(heads[index]));
  });

  test('resolves District and Cluster representations in order, one statement per kind of row', async () => {
    const data = await query(ENTITIES, {
      year: 2022,
      representations: [
        { __typename: 'District', id: 'son-tay' },
        { __typename: 'District', id: 'thach-that' },
        { __typename: 'District', id: 'dong-da' },
        { __typename: 'District', id: 'cam-le' },
        { __typename: 'Cluster', id: 'XII' },
        { __typename: 'Cluster', id: 'XL' },
      ],
    });
    expect(data._entities).toEqual([
      { id: 'son-tay', clusterMembership: { role: 'HEAD', cluster: { id: 'XII' } } },
      { id: 'thach-that', clusterMembership: { role: 'DEPUTY', cluster: { id: 'XII' } } },
      { id: 'dong-da', clusterMembership: { role: 'MEMBER', cluster: { id: 'III' } } },
      { id: 'cam-le', clusterMembership: null },
      { id: 'XII', name: 'Cụm thi đua số XII', head: { id: 'son-tay' } },
      null,
    ]);
    // Clusters by id, memberships by district, members by cluster, then Đống Đa's cluster (III), which
    // no representation named: one statement a level, however many representations there are.
    expect(selects(subgraph.statements)).toHaveLength(4);
  });

  test('resolves Nomination representations in order in one statement', async () => {
    const { cluster } = await query(`{ cluster(id: "III") { nominations(year: 2017) { id } } }`);
    const ids = cluster.nominations.map((nomination: any) => nomination.id).reverse();
    const data = await query(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Nomination { id year votePercent source district { id } awardType { code } }
        }
      }`,
      { representations: [...ids, 'III-2017-nowhere-CO_TP'].map((id) => ({ __typename: 'Nomination', id })) },
    );
    expect(data._entities.map((entity: any) => entity?.id ?? null)).toEqual([...ids, null]);
    expect(data._entities[5]).toMatchObject({ year: 2017, votePercent: null, source: SEED_000, awardType: { code: 'CO_CP' } });
    expect(selects(subgraph.statements)).toHaveLength(1);
  });

  test('runs as many statements for every cluster of a year as for one: none grows with members or rows', async () => {
    const one = await query(`query ($year: Int!) { cluster(id: "XII") { ${CLUSTER_YEAR} } }`, { year: 2017 });
    const forOne = selects(subgraph.statements).length;
    const all = await query(`query ($year: Int!) { clusters(year: $year) { ${CLUSTER_YEAR} } }`, { year: 2017 });
    const forAll = selects(subgraph.statements).length;
    expect(one.cluster.scores).toHaveLength(70);
    expect(all.clusters).toHaveLength(5);
    expect(all.clusters.reduce((sum: number, cluster: any) => sum + cluster.scores.length, 0)).toBe(300);
    // The cluster(s), then one each: members, covenants, contents, tables, scores, criteria of the
    // scores, nominations, conferences, figures (the clusters that memberships and nominations name are known).
    expect(forAll).toBe(forOne);
    expect(forOne).toBe(10);
  });

  test('standings: every cluster-year by rank 1..n, score and maxScore from its scores and table, and the tie rule', async () => {
    const aliases = YEARS.map(
      (year) => `y${year}: clusters(year: ${year}) {
        id
        members(year: ${year}) { district { id } }
        scoringTable(year: ${year}) { maxPoints kind }
        scores(year: ${year}) { points district { id } criterion { kind } }
        standings(year: ${year}) { rank score maxScore percent penaltyPoints district { id } cluster { id } }
      }`,
    );
    const data = await query(`{ ${aliases.join('\n')} }`);
    for (const year of YEARS) {
      for (const cluster of data[`y${year}`]) {
        const maxScore = cluster.scoringTable
          .filter((criterion: any) => criterion.kind !== 'PENALTY')
          .reduce((sum: number, criterion: any) => sum + criterion.maxPoints, 0);
        const points = (districtId: string, kinds: string[]) =>
          cluster.scores
            .filter((score: any) => score.district.id === districtId && kinds.includes(score.criterion.kind))
            .reduce((sum: number, score: any) => sum + score.points, 0);
        const standings = cluster.standings;
        expect(standings.map((standing: any) => standing.rank)).toEqual(cluster.members.map((_: unknown, index: number) => index + 1));
        expect(byRank(standings).sort()).toEqual(cluster.members.map((member: any) => member.district.id).sort());
        for (const standing of standings) {
          const id = standing.district.id;
          const penaltyPoints = points(id, ['PENALTY']);
          expect(standing).toMatchObject({ score: points(id, ['BASE', 'BONUS']) - penaltyPoints, maxScore, penaltyPoints, cluster: { id: cluster.id } });
          expect(standing.percent).toBeCloseTo((standing.score / maxScore) * 100, 2);
        }
        for (const [index, standing] of standings.slice(1).entries()) {
          const before = standings[index];
          const inOrder =
            before.score > standing.score ||
            (before.score === standing.score &&
              (before.penaltyPoints < standing.penaltyPoints ||
                (before.penaltyPoints === standing.penaltyPoints && before.district.id < standing.district.id)));
          const pair = [cluster.id, year, before.district.id, standing.district.id];
          expect([...pair, inOrder]).toEqual([...pair, true]);
        }
      }
    }
  });

  test('cityRankings 2023: the 30 districts ranked 1..30 by percent, each with its rank in its cluster', async () => {
    const data = await query(`{
      cityRankings(year: 2023) { rank clusterRank score maxScore percent penaltyPoints district { id } cluster { id name } }
      clusters(year: 2023) { id standings(year: 2023) { rank score maxScore percent penaltyPoints district { id } } }
    }`);
    const ranking = data.cityRankings;
    expect(ranking.map((entry: any) => entry.rank)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(new Set(ranking.map((entry: any) => entry.district.id)).size).toBe(30);
    const inClusters = new Map<string, any>();
    for (const cluster of data.clusters) {
      for (const standing of cluster.standings) inClusters.set(standing.district.id, { cluster: cluster.id, ...standing });
    }
    for (const [index, entry] of ranking.entries()) {
      const standing = inClusters.get(entry.district.id);
      expect(entry).toMatchObject({
        clusterRank: standing.rank,
        score: standing.score,
        maxScore: standing.maxScore,
        percent: standing.percent,
        penaltyPoints: standing.penaltyPoints,
        cluster: { id: standing.cluster, name: `Cụm thi đua số ${standing.cluster}` },
      });
      if (index === 0) continue;
      const before = ranking[index - 1];
      expect(before.percent).toBeGreaterThanOrEqual(entry.percent);
      if (before.percent === entry.percent) expect(before.clusterRank).toBeLessThanOrEqual(entry.clusterRank);
    }
  });

  test('District.clusterStanding: the district’s standing in its cluster, null where it was not scored, batched', async () => {
    const { cityRankings } = await query(`{ cityRankings(year: 2023) { clusterRank score district { id } cluster { id } } }`);
    const standingOf = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on District { id clusterStanding(year: 2023) { rank score district { id } cluster { id } } }
      }
    }`;
    const one = await query(standingOf, { representations: [{ __typename: 'District', id: 'dong-da' }] });
    const forOne = selects(subgraph.statements).length;
    // Cẩm Lệ is in no cluster of this city.
    const ids = [...cityRankings.map((entry: any) => entry.district.id), 'cam-le'];
    const all = await query(standingOf, { representations: ids.map((id) => ({ __typename: 'District', id })) });
    const forAll = selects(subgraph.statements).length;
    expect(one._entities[0].clusterStanding.district).toEqual({ id: 'dong-da' });
    expect(all._entities.map((entity: any) => entity.clusterStanding)).toEqual([
      ...cityRankings.map((entry: any) => ({ rank: entry.clusterRank, score: entry.score, district: entry.district, cluster: entry.cluster })),
      null,
    ]);
    // Memberships, then the tables and scores of their clusters, then the clusters: whatever the number of districts.
    expect(forAll).toBe(forOne);
    expect(forOne).toBe(4);
  });

  test("Proposal.standing: the recipient district's standing in its cluster that year, null where there is none, in as many statements for 90 dossiers of three years as for one", async () => {
    const RANKED = `{ ${[2017, 2020, 2023].map((year) => `y${year}: cityRankings(year: ${year}) { clusterRank score district { id } cluster { id } }`).join(' ')} }`;
    const ranked = await query(RANKED);
    const STANDING = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Proposal { id standing { rank score district { id } cluster { id } } } }
    }`;
    // What the gateway sends for the @requires: the key, the year and the recipient district.
    const dossier = (id: number, year: number, district: { id: string } | null) => ({ __typename: 'Proposal', id: String(id), year, district });
    const one = await query(STANDING, { representations: [dossier(1, 2023, { id: 'dong-da' })] });
    const forOne = selects(subgraph.statements).length;
    const scored = [2017, 2020, 2023].flatMap((year) => ranked[`y${year}`].map((entry: any) => ({ year, entry })));
    const representations = [
      ...scored.map(({ year, entry }, index) => dossier(index + 1, year, entry.district)),
      // Cẩm Lệ is in no cluster of this city; no district was in a cluster in 2014; the city could not answer a district.
      dossier(901, 2023, { id: 'cam-le' }),
      dossier(902, 2014, { id: 'dong-da' }),
      dossier(903, 2023, null),
    ];
    const all = await query(STANDING, { representations });
    const forAll = selects(subgraph.statements).length;
    expect(one._entities).toEqual([{ id: '1', standing: expect.objectContaining({ district: { id: 'dong-da' } }) }]);
    expect(scored).toHaveLength(90);
    expect(all._entities).toEqual([
      ...scored.map(({ entry }, index) => ({
        id: String(index + 1),
        standing: { rank: entry.clusterRank, score: entry.score, district: entry.district, cluster: entry.cluster },
      })),
      { id: '901', standing: null },
      { id: '902', standing: null },
      { id: '903', standing: null },
    ]);
    // Memberships, then the tables and scores of their clusters, then the clusters: whatever the number of dossiers and years.
    expect(forAll).toBe(forOne);
    expect(forOne).toBe(4);
  });

  test('Proposal.standing refuses a representation without the fields it requires, or with an impossible year', async () => {
    for (const representation of [
      { __typename: 'Proposal', id: '1', district: { id: 'dong-da' } },
      { __typename: 'Proposal', id: '1', year: 2023 },
      { __typename: 'Proposal', id: '1', year: 17, district: { id: 'dong-da' } },
    ]) {
      const { errors } = await subgraph.execute(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Proposal { standing { rank } } } }`,
        { representations: [representation] },
      );
      expect([representation, errors?.[0].extensions.code]).toEqual([representation, 'BAD_USER_INPUT']);
    }
  });

  test('runs as many statements for the standings of every cluster as for one, and for 30 ranked districts as for 2', async () => {
    const STANDINGS = `standings(year: $year) { rank score percent district { id } cluster { id name } }`;
    await query(`query ($year: Int!) { cluster(id: "XII") { ${STANDINGS} } }`, { year: 2023 });
    const forOne = selects(subgraph.statements).length;
    const all = await query(`query ($year: Int!) { clusters(year: $year) { ${STANDINGS} } }`, { year: 2023 });
    expect(all.clusters.flatMap((cluster: any) => cluster.standings)).toHaveLength(30);
    expect(selects(subgraph.statements)).toHaveLength(forOne);

    const RANKINGS = `query ($year: Int!) { cityRankings(year: $year) { rank clusterRank percent district { id } cluster { id name } } }`;
    const full = await query(RANKINGS, { year: 2023 });
    const forFull = selects(subgraph.statements).length;
    // A year before the demo's, in which only two districts of cluster XII were scored.
    const copy = (table: string, columns: string, where: string) =>
      subgraph.db.query(
        `INSERT INTO ${table} SELECT REPLACE(id, '-2023-', '-2014-'), ${columns} FROM ${table} WHERE cluster_id = 'XII' AND year = 2023 ${where}`,
      );
    try {
      await copy('scoring_criterion', 'cluster_id, 2014, code, title, max_points, kind, source', '');
      await copy(
        'score',
        `cluster_id, 2014, district_id, REPLACE(criterion_id, '-2023-', '-2014-'), points, note, source`,
        `AND district_id IN ('ba-vi', 'son-tay')`,
      );
      const few = await query(RANKINGS, { year: 2014 });
      expect([full.cityRankings.length, few.cityRankings.length]).toEqual([30, 2]);
      expect(few.cityRankings.map((entry: any) => entry.cluster.id)).toEqual(['XII', 'XII']);
      expect(selects(subgraph.statements)).toHaveLength(forFull);
    } finally {
      await subgraph.db.query(`DELETE FROM score WHERE year = 2014`);
      await subgraph.db.query(`DELETE FROM scoring_criterion WHERE year = 2014`);
    }
    // The year's criteria, the year's scores, the clusters they name.
    expect(forFull).toBe(3);
  });

  test('reads a year of every cluster by the year-leading indexes', async () => {
    for (const [table, index] of [
      ['score', 'idx_score_year'],
      ['scoring_criterion', 'idx_scoring_criterion_year'],
    ]) {
      const plan = await subgraph.db.query(`EXPLAIN QUERY PLAN SELECT * FROM ${table} WHERE year IN (2023)`);
      expect(plan.map((step: any) => step.detail).join('; ')).toContain(`USING INDEX ${index}`);
    }
  });

  test('refuses an impossible year with BAD_USER_INPUT', async () => {
    for (const text of [
      `{ clusters(year: -5) { id } }`,
      `{ cluster(id: "III") { conferences(year: 20177) { id } } }`,
      `{ cluster(id: "III") { scores(year: 0) { id } } }`,
      `{ cluster(id: "III") { standings(year: 1900) { rank } } }`,
      `{ cityRankings(year: 3000) { rank } }`,
      `{ _entities(representations: [{ __typename: "District", id: "dong-da" }]) { ... on District { clusterStanding(year: 17) { rank } } } }`,
    ]) {
      const { errors } = await subgraph.execute(text);
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('cluster seed', () => {
  test('is deterministic: a second load of hanoi writes the same rows', async () => {
    const db = await openSubgraphDatabase(clusterSubgraph, 'sqlite::memory:');
    try {
      await seedDatabase(clusterSubgraph, db, { dataset: 'hanoi', scale: 1 });
      for (const table of ['cluster_membership', 'score', 'nomination', 'conference', 'covenant_content']) {
        const sql = `SELECT * FROM ${table} ORDER BY 1, 2`;
        expect([table, await db.query(sql)]).toEqual([table, await subgraph.db.query(sql)]);
      }
    } finally {
      await db.destroy();
    }
  });

  test('writes nothing for camle but its district in the local copy of references: nothing is published about Cẩm Lệ’s cluster', async () => {
    const db = await openSubgraphDatabase(clusterSubgraph, 'sqlite::memory:');
    try {
      await seedDatabase(clusterSubgraph, db, { dataset: 'camle', scale: 1 });
      for (const entity of clusterSubgraph.entities.filter((entity) => entity !== KnownEntity)) expect(await db.getRepository(entity).count()).toBe(0);
      expect(await db.getRepository(KnownEntity).find()).toEqual([{ kind: 'District', id: 'cam-le', districtId: 'cam-le', origin: 'dataset' }]);
    } finally {
      await db.destroy();
    }
  });
});
