import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../services/core/auth';
import { buildDashboard, chromiumPresent, DASHBOARD_DIST, launchChromium, SCREENSHOTS } from '../support/browser';
import { embeddedDatabases, type TestDatabases } from '../support/databases';
import { gatewayConfig, postGraphQL, startFederation, type Federation } from '../support/federation';
import { startGateway } from '../../gateway/gateway';

const hasChromium = chromiumPresent('dashboard');

/** A page of the dashboard that counts the GraphQL requests of each view it shows and any request that would leave the machine. */
interface Visit {
  page: Page;
  requestsByView: Map<string, number>;
  elsewhere: string[];
}

/** What a person sees of the view, saved for the README and for whoever reads the run. */
function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.jpg`), type: 'jpeg', quality: 75 });
}

function rowsOf(page: Page, exportName: string) {
  return page.locator(`table[data-export="${exportName}"] tbody tr`);
}

async function cellTexts(page: Page, exportName: string): Promise<string[][]> {
  return rowsOf(page, exportName).evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => (cell.textContent ?? '').trim())));
}

(hasChromium ? describe : describe.skip)('the city dashboard in a browser', () => {
  let databases: TestDatabases;
  let federation: Federation;
  let browser: Browser;
  let base: string;
  const visits: Visit[] = [];

  async function visit(pathname: string, name: string, ready: (page: Page) => Promise<unknown>): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const requestsByView = new Map<string, number>();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!/^(localhost|127\.0\.0\.1)$/.test(url.hostname) && url.protocol !== 'data:') elsewhere.push(request.url());
      if (url.pathname !== '/graphql' || request.method() !== 'POST') return;
      // The view is the page's path (its query string included) when the request is sent.
      const view = new URL(page.url()).pathname + new URL(page.url()).search;
      requestsByView.set(view, (requestsByView.get(view) ?? 0) + 1);
    });
    await page.goto(`${base}${pathname}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    const seen = { page, requestsByView, elsewhere };
    visits.push(seen);
    return seen;
  }

  beforeAll(async () => {
    await buildDashboard();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    databases = embeddedDatabases();
    federation = await startFederation(databases.urls, { DASHBOARD_DIR: DASHBOARD_DIST });
    base = new URL(federation.gateway.url).origin;
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
    await databases?.drop();
  });
  afterEach(async () => {
    // Each view costs one gateway request for its data, two when its path leaves out the year; none calls outside.
    for (const { page, requestsByView, elsewhere } of visits.splice(0)) {
      expect([...requestsByView].filter(([, requests]) => requests > 2)).toEqual([]);
      expect(elsewhere).toEqual([]);
      await page.close();
    }
  });

  test('/ opens on the last ranked year, in Vietnamese, every district ranked', async () => {
    const { data } = await federation.query('{ rankingYears }');
    const latest = data.rankingYears.at(-1);
    const { page } = await visit('/', 'ranking-latest', (page) => page.getByRole('heading', { name: `Xếp hạng thi đua các quận, huyện, thị xã năm ${latest}` }).waitFor());
    await expect(rowsOf(page, `Xếp hạng thi đua các quận, huyện, thị xã năm ${latest}`).count()).resolves.toBe(30);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  test("the 2023 ranking: the graph's ranks, scores and change of rank; Đống Đa first in the PAR index with 96,3", async () => {
    const title = 'Xếp hạng thi đua các quận, huyện, thị xã năm 2023';
    const { page } = await visit('/ranking/2023', 'ranking-2023', (page) => rowsOf(page, title).first().waitFor());
    const { data } = await federation.query(
      '{ now: cityRankings(year: 2023) { rank clusterRank percent cluster { name } district { id name } } before: cityRankings(year: 2022) { rank district { id } } }',
    );
    const before = new Map(data.before.map((entry: any) => [entry.district.id, entry.rank]));
    const rows = await cellTexts(page, title);
    expect(rows).toHaveLength(data.now.length);
    data.now.forEach((entry: any, index: number) => {
      const [rank, district, cluster, , , percent, clusterRank, change] = rows[index];
      const moved = (before.get(entry.district.id) as number) - entry.rank;
      expect({ rank, district, cluster, percent, clusterRank, change }).toEqual({
        rank: String(entry.rank),
        district: entry.district.name,
        cluster: entry.cluster.name,
        percent: `${entry.percent.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`,
        clusterRank: String(entry.clusterRank),
        change: moved === 0 ? '–' : `${moved > 0 ? '▲' : '▼'} ${Math.abs(moved)}`,
      });
    });
    const dongDa = rows.find((row) => row[1] === 'Đống Đa')!;
    expect(dongDa.slice(-2)).toEqual(['96,3', '1']);

    // Filtered to a cluster: only its members, and the filter is in the link.
    await page.getByLabel('Cụm').selectOption({ label: 'Cụm thi đua số III' });
    await page.waitForURL(/\/ranking\/2023\?cluster=III$/);
    const clusterRows = await cellTexts(page, title);
    expect(clusterRows.length).toBe(data.now.filter((entry: any) => entry.cluster.name === 'Cụm thi đua số III').length);
    expect(new Set(clusterRows.map((row) => row[2]))).toEqual(new Set(['Cụm thi đua số III']));
  });

  test('the ranking exports to Excel and CSV with Vietnamese headers and the numbers of the table', async () => {
    const title = 'Xếp hạng thi đua các quận, huyện, thị xã năm 2023';
    const { page } = await visit('/ranking/2023', 'ranking-export', (page) => rowsOf(page, title).first().waitFor());
    const { data } = await federation.query('{ cityRankings(year: 2023) { rank score maxScore percent district { name } cluster { name } } }');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['Hạng toàn thành phố', 'Đơn vị', 'Cụm', 'Điểm', 'Điểm tối đa', 'Tỷ lệ điểm']);
    expect(sheet.rowCount).toBe(data.cityRankings.length + 1);
    data.cityRankings.forEach((entry: any, index: number) => {
      expect((sheet.getRow(index + 2).values as unknown[]).slice(1, 7)).toEqual([entry.rank, entry.district.name, entry.cluster.name, entry.score, entry.maxScore, entry.percent]);
    });

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
    const lines = fs.readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0].startsWith('Hạng toàn thành phố,Đơn vị,Cụm,Điểm,Điểm tối đa,Tỷ lệ điểm')).toBe(true);
    expect(lines[1].split(',').slice(0, 6)).toEqual([1, data.cityRankings[0].district.name, data.cityRankings[0].cluster.name, data.cityRankings[0].score, data.cityRankings[0].maxScore, data.cityRankings[0].percent].map(String));

    // The printed ranking is the table alone: no navigation, buttons or chart.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.masthead').isVisible()).resolves.toBe(false);
    await expect(page.locator('.chart').first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Tải Excel' }).isVisible()).resolves.toBe(false);
    await expect(rowsOf(page, title).first().isVisible()).resolves.toBe(true);
    await page.pdf({ path: path.join(SCREENSHOTS, 'ranking-print.pdf') });
  });

  test('ranking over the years: a line a district, and its ranks in the table', async () => {
    const { page } = await visit('/trend?districts=dong-da,ba-dinh', 'trend', (page) => rowsOf(page, 'Thứ hạng qua các năm').first().waitFor());
    const { data } = await federation.query('{ cityRankingHistory { year rankings { rank district { id } } } }');
    const rows = await cellTexts(page, 'Thứ hạng qua các năm');
    expect(rows.map((row) => row[0]).sort()).toEqual(['Ba Đình', 'Đống Đa']);
    const dongDa = rows.find((row) => row[0] === 'Đống Đa')!;
    expect(dongDa.slice(1)).toEqual(data.cityRankingHistory.map((year: any) => String(year.rankings.find((entry: any) => entry.district.id === 'dong-da').rank)));
    await expect(page.locator('.chart canvas').count()).resolves.toBeGreaterThan(0);
  });

  test("cluster III's 2017: Hoàng Mai heads it, its members, covenant and standings", async () => {
    const { page } = await visit('/clusters/III/2017', 'cluster-III-2017', (page) => page.getByRole('heading', { name: 'Cụm thi đua số III, năm 2017' }).waitFor());
    await rowsOf(page, 'Thành viên Cụm thi đua số III 2017').first().waitFor();
    const members = await cellTexts(page, 'Thành viên Cụm thi đua số III 2017');
    expect(members[0]).toEqual(['Hoàng Mai', 'Cụm trưởng']);
    expect(members.map((row) => row[0]).sort()).toEqual(['Ba Đình', 'Đống Đa', 'Hai Bà Trưng', 'Hoàn Kiếm', 'Hoàng Mai', 'Long Biên'].sort());
    const { data } = await federation.query('{ cluster(id: "III") { covenant(year: 2017) { contents { text } } standings(year: 2017) { district { name } } } }');
    await expect(page.locator('ol.covenant li').allTextContents()).resolves.toEqual(data.cluster.covenant.contents.map((content: any) => content.text));
    const standings = await cellTexts(page, 'Kết quả chấm điểm Cụm thi đua số III 2017');
    expect(standings.map((row) => row[1])).toEqual(data.cluster.standings.map((standing: any) => standing.district.name));
  });

  test("Ba Đình's 2020 profile: targets against plan (7.140,35 tỷ đồng), and its 53 TTLDTT, 7 CSTDCS, 193 LDTT", async () => {
    const { page } = await visit('/districts/ba-dinh/2020', 'district-ba-dinh-2020', (page) => page.getByRole('heading', { name: 'Ba Đình: hồ sơ thi đua năm 2020' }).waitFor());
    await rowsOf(page, 'Chỉ tiêu kế hoạch và thực hiện Ba Đình').first().waitFor();
    const targets = await cellTexts(page, 'Chỉ tiêu kế hoạch và thực hiện Ba Đình');
    expect(targets.find((row) => row[0] === 'Thu ngân sách trên địa bàn')).toEqual(['Thu ngân sách trên địa bàn', '6.951,92 tỷ đồng', '7.140,35 tỷ đồng', '102,7%', '✓']);
    const { data } = await federation.query('{ awardTypes { code name } }');
    const name = (code: string) => data.awardTypes.find((type: any) => type.code === code).name;
    const titles = Object.fromEntries((await cellTexts(page, 'Danh hiệu do đơn vị tặng năm 2020 Ba Đình')).map(([award, count]) => [award, count]));
    expect(titles).toEqual(expect.objectContaining({ [name('TTLDTT')]: '53', [name('CSTDCS')]: '7', [name('LDTT')]: '193' }));
  });

  test('Đống Đa: the PAR index over the years, first in 2023 with 96,3', async () => {
    const { page } = await visit('/districts/dong-da/2023', 'district-dong-da-2023', (page) => rowsOf(page, 'Chỉ số cải cách hành chính (PAR Index) Đống Đa').first().waitFor());
    const rows = await cellTexts(page, 'Chỉ số cải cách hành chính (PAR Index) Đống Đa');
    expect(rows.find((row) => row[0] === '2023')).toEqual(['2023', '96,3', '1']);
  });

  test('search finds Đỗ Trọng Nam typed without accents, and his record shows his CSTD_TP of 2023', async () => {
    const { page } = await visit('/search', 'search', (page) => page.getByRole('searchbox').waitFor());
    await page.getByRole('searchbox').fill('do trong nam');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/search\?q=do%20trong%20nam$/);
    await page.getByRole('link', { name: 'Đỗ Trọng Nam' }).waitFor();
    await screenshot(page, 'search');
    await page.getByRole('link', { name: 'Đỗ Trọng Nam' }).click();
    await page.getByRole('heading', { name: 'Đỗ Trọng Nam' }).waitFor();
    const cstdTp = page.locator('.timeline > li', { hasText: '2023' }).getByText('Chiến sĩ thi đua cấp Thành phố');
    await cstdTp.waitFor();
    await page.getByRole('heading', { name: /^Đủ điều kiện đề nghị năm \d{4}$/ }).waitFor();
    await page.locator('ul.eligibility > li').first().waitFor();
    await screenshot(page, 'person-record');
  });

  test("award statistics of 2020: by district, award type and level, as the graph counts them", async () => {
    const { page } = await visit('/statistics/2020', 'statistics-2020', (page) => rowsOf(page, 'Thống kê khen thưởng năm 2020 Theo cấp').first().waitFor());
    const { data } = await federation.query(
      '{ district: awardStatistics(year: 2020, groupBy: DISTRICT) { groups { count district { name } } } level: awardStatistics(year: 2020, groupBy: LEVEL) { groups { key count } } }',
    );
    const byDistrict = Object.fromEntries((await cellTexts(page, 'Thống kê khen thưởng năm 2020 Theo đơn vị')).map(([name, count]) => [name, count]));
    for (const group of data.district.groups) expect(byDistrict[group.district.name]).toBe(group.count.toLocaleString('vi-VN'));
    const byLevel = await cellTexts(page, 'Thống kê khen thưởng năm 2020 Theo cấp');
    expect(byLevel.map((row) => row[1])).toEqual(data.level.groups.map((group: any) => group.count.toLocaleString('vi-VN')));
    await expect(page.locator('.chart canvas').count()).resolves.toBe(3);
  });

  test("signed in with the development token, the city admin sees the review queue the graph holds", async () => {
    const { page } = await visit('/sign-in', 'sign-in', (page) => page.getByRole('heading', { name: 'Đăng nhập bằng mã truy cập' }).waitFor());
    await page.getByRole('button', { name: 'Mã phát triển' }).click();
    await page.waitForURL(/\/review$/);
    const { data } = await federation.query('{ reviewQueue(first: 100) { totalCount nodes { id } } }', {}, { role: Role.CITY_ADMIN });
    await expect(rowsOf(page, 'Hồ sơ đề nghị khen thưởng chờ xét').first().waitFor()).resolves.toBeUndefined();
    await expect(rowsOf(page, 'Hồ sơ đề nghị khen thưởng chờ xét').count()).resolves.toBe(data.reviewQueue.nodes.length);
    await expect(page.getByRole('button', { name: /Đăng xuất \(CITY_ADMIN\)/ }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'review-queue');
  });

  test('the English switch changes the labels and the formats, and is remembered', async () => {
    const { page } = await visit('/ranking/2023', 'ranking-2023-english', (page) => page.getByRole('heading', { name: /năm 2023$/ }).waitFor());
    await page.getByRole('button', { name: 'English' }).click();
    const title = 'Emulation ranking of the districts, 2023';
    await page.getByRole('heading', { name: title }).waitFor();
    const dongDa = (await cellTexts(page, title)).find((row) => row[1] === 'Đống Đa')!;
    expect(dongDa.slice(-2)).toEqual(['96.3', '1']);
    await page.reload();
    await page.getByRole('heading', { name: title }).waitFor();
    await screenshot(page, 'ranking-2023-english');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  test('behind a gateway that runs only approved documents (PERSISTED_ONLY), every view works and nothing else runs', async () => {
    const strict = await startGateway(gatewayConfig(federation.subgraphs, { DASHBOARD_DIR: DASHBOARD_DIST, PERSISTED_ONLY: 'true' }), { port: 0 });
    try {
      const origin = new URL(strict.url).origin;
      const refused = await postGraphQL(strict.url, '{ districts { id } }');
      expect(refused.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      const page = await browser.newPage();
      const failures: string[] = [];
      page.on('response', async (response) => {
        if (new URL(response.url()).pathname === '/graphql' && (response.status() !== 200 || (await response.json()).errors)) failures.push(response.url());
      });
      await page.goto(`${origin}/ranking/2023`);
      await rowsOf(page, 'Xếp hạng thi đua các quận, huyện, thị xã năm 2023').first().waitFor();
      for (const [pathname, heading] of [
        ['/trend', 'Thứ hạng qua các năm'],
        ['/clusters/III/2017', 'Cụm thi đua số III, năm 2017'],
        ['/districts/ba-dinh/2020', 'Ba Đình: hồ sơ thi đua năm 2020'],
        ['/statistics/2020', 'Thống kê khen thưởng năm 2020'],
      ]) {
        await page.goto(`${origin}${pathname}`);
        await page.getByRole('heading', { name: heading }).waitFor();
        await page.locator('table tbody tr').first().waitFor();
      }
      await page.goto(`${origin}/search?q=do%20trong%20nam`);
      await page.getByRole('link', { name: 'Đỗ Trọng Nam' }).click();
      await page.locator('.timeline').waitFor();
      await page.waitForLoadState('networkidle');
      expect(failures).toEqual([]);
      await page.close();
    } finally {
      await strict.stop();
    }
  });

  // Last: it stops the district subgraph for the rest of the suite.
  test('with the district subgraph stopped, the ranking still shows clusters and scores, with a notice naming what is missing', async () => {
    await federation.subgraphs.district.stop();
    const title = 'Xếp hạng thi đua các quận, huyện, thị xã năm 2023';
    const { page } = await visit('/ranking/2023', 'ranking-without-districts', (page) => rowsOf(page, title).first().waitFor());
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Thiếu dữ liệu của cấp quận, huyện');
    const { data } = await federation.query('{ cityRankings(year: 2023) { rank score cluster { name } district { id } } }');
    const rows = await cellTexts(page, title);
    expect(rows.map(([rank, district, cluster, score]) => ({ rank, district, cluster, score }))).toEqual(
      data.cityRankings.map((entry: any) => ({ rank: String(entry.rank), district: entry.district.id, cluster: entry.cluster.name, score: entry.score.toLocaleString('vi-VN') })),
    );
  });
});
