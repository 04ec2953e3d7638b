import Redis from 'ioredis';
import { Role } from '../../services/core/auth';
import type { RunningService } from '../../services/core/http';
import { startGateway } from '../../gateway/gateway';
import { DATABASES, type TestDatabases } from '../support/databases';
import { gatewayConfig, postGraphQL, startFederation, type Federation } from '../support/federation';
import { tokenFor, type Caller } from '../support/tokens';

const YEAR = 2023;
const CLUSTER = 'III';
const ADMIN: Caller = { role: Role.CLUSTER_ADMIN, cluster: CLUSTER };
const RANKING = `query Ranking($year: Int!) { cityRankings(year: $year) { rank score district { id name } cluster { id } } }`;
const SCORES = `query Scores($cluster: ID!, $year: Int!) {
  cluster(id: $cluster) { scores(year: $year) { points district { id } criterion { code maxPoints kind } } }
}`;
const SUBMIT_SCORES = `mutation Submit($input: SubmitScoresInput!) { submitScores(input: $input) { points } }`;

interface Ranked {
  rank: number;
  score: number;
  district: { id: string };
}

async function bearer(caller: Caller): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(caller)}` };
}

/** The gateway's count of cache lookups with `result`, from its /metrics. */
async function lookups(gateway: RunningService, result: 'hit' | 'miss'): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  const line = text.split('\n').find((row) => row.startsWith('graphql_response_cache_lookups_total{') && row.includes(`result="${result}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/** A district of the cluster and the scores it has for the year, one BASE criterion's points changed by one. */
async function changedScores(federation: Federation): Promise<{ districtId: string; scores: Array<{ criterionCode: string; points: number }>; delta: number }> {
  const { data } = await federation.query(SCORES, { cluster: CLUSTER, year: YEAR });
  const scores: Array<{ points: number; district: { id: string }; criterion: { code: string; maxPoints: number; kind: string } }> = data.cluster.scores;
  const districtId = scores[0].district.id;
  const own = scores.filter((score) => score.district.id === districtId);
  const base = own.find((score) => score.criterion.kind === 'BASE')!;
  const delta = base.points >= 1 ? -1 : 1;
  return {
    districtId,
    delta,
    scores: own.map((score) => ({ criterionCode: score.criterion.code, points: score === base ? score.points + delta : score.points })),
  };
}

async function submit(url: string, change: Awaited<ReturnType<typeof changedScores>>): Promise<void> {
  const body = await postGraphQL(url, SUBMIT_SCORES, { input: { clusterId: CLUSTER, year: YEAR, districtId: change.districtId, scores: change.scores } }, await bearer(ADMIN));
  expect(body.errors).toBeUndefined();
}

// READ_YOUR_WRITES_MS of the in-process block: short, so that the test of its window is.
const SETTLING_MS = 1500;

const scoreOf = (ranking: Ranked[], districtId: string) => ranking.find((row) => row.district.id === districtId)!.score;

describe.each(DATABASES)('the response cache, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('in the gateway process (no REDIS_URL)', () => {
    let databases: TestDatabases;
    let federation: Federation;
    beforeAll(async () => {
      databases = makeDatabases('response_cache');
      federation = await startFederation(databases.urls, { RESPONSE_CACHE: 'true', READ_YOUR_WRITES_MS: String(SETTLING_MS) });
    }, 180_000);
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    test('a query asked again is answered without the subgraphs, and counted as a hit', async () => {
      const [hits, misses] = [await lookups(federation.gateway, 'hit'), await lookups(federation.gateway, 'miss')];
      const first = await federation.query(RANKING, { year: 2022 });
      expect(first.errors).toBeUndefined();
      expect(Object.values(federation.selects).flat().length).toBeGreaterThan(0);
      const again = await federation.query(RANKING, { year: 2022 });
      expect(again).toEqual(first);
      expect(Object.values(federation.selects).flat()).toEqual([]);
      expect(await lookups(federation.gateway, 'hit')).toBe(hits + 1);
      expect(await lookups(federation.gateway, 'miss')).toBe(misses + 1);
    });

    test('a ranking read, a score submitted through the gateway, the ranking read again shows the new score', async () => {
      const before = (await federation.query(RANKING, { year: YEAR })).data.cityRankings as Ranked[];
      const change = await changedScores(federation);
      await submit(federation.gateway.url, change);
      const after = (await federation.query(RANKING, { year: YEAR })).data.cityRankings as Ranked[];
      expect(scoreOf(after, change.districtId)).toBeCloseTo(scoreOf(before, change.districtId) + change.delta, 5);
    });

    test('a score submitted to the cluster subgraph directly, past the gateway, is seen at the gateway too', async () => {
      const before = (await federation.query(RANKING, { year: YEAR })).data.cityRankings as Ranked[];
      const change = await changedScores(federation);
      await submit(federation.subgraphs.cluster.url, change);
      const after = (await federation.query(RANKING, { year: YEAR })).data.cityRankings as Ranked[];
      expect(scoreOf(after, change.districtId)).toBeCloseTo(scoreOf(before, change.districtId) + change.delta, 5);
    });

    test('reads racing writes never leave an answer from before the last write in the cache', async () => {
      for (let round = 0; round < 5; round += 1) {
        const change = await changedScores(federation);
        const reads = () => Promise.all(Array.from({ length: 4 }, () => federation.query(RANKING, { year: YEAR })));
        await Promise.all([reads(), submit(federation.gateway.url, change), reads()]);
        const cached = (await federation.query(RANKING, { year: YEAR })).data.cityRankings as Ranked[];
        // The cluster subgraph itself, which has no cache, says what the score is now.
        const stored = (await postGraphQL(federation.subgraphs.cluster.url, `query ($year: Int!) { cityRankings(year: $year) { score district { id } } }`, { year: YEAR }))
          .data.cityRankings as Ranked[];
        expect(scoreOf(cached, change.districtId)).toBe(scoreOf(stored, change.districtId));
      }
    });

    test("a write through a gateway that the subgraphs' GRAPH_URL does not name is seen at that gateway", async () => {
      const other = await startGateway(gatewayConfig(federation.subgraphs, { RESPONSE_CACHE: 'true' }), { port: 0 });
      try {
        const before = (await postGraphQL(other.url, RANKING, { year: YEAR })).data.cityRankings as Ranked[];
        const change = await changedScores(federation);
        await submit(other.url, change);
        const after = (await postGraphQL(other.url, RANKING, { year: YEAR })).data.cityRankings as Ranked[];
        expect(scoreOf(after, change.districtId)).toBeCloseTo(scoreOf(before, change.districtId) + change.delta, 5);
      } finally {
        await other.stop();
      }
    });

    test('for READ_YOUR_WRITES_MS after a write, answers that read its subgraph are not kept (a read replica may lag)', async () => {
      await submit(federation.gateway.url, await changedScores(federation));
      const misses = await lookups(federation.gateway, 'miss');
      await federation.query(RANKING, { year: YEAR });
      await federation.query(RANKING, { year: YEAR });
      expect(await lookups(federation.gateway, 'miss')).toBe(misses + 2);
      await new Promise((resolve) => setTimeout(resolve, SETTLING_MS));
      const hits = await lookups(federation.gateway, 'hit');
      await federation.query(RANKING, { year: YEAR });
      await federation.query(RANKING, { year: YEAR });
      expect(await lookups(federation.gateway, 'hit')).toBe(hits + 1);
    });

    test("one caller's answer is never another's: the token's scope is part of the key", async () => {
      const query = `{ districts { id } }`;
      await federation.query(query, undefined, { role: Role.VIEWER, district: 'ba-dinh', subject: 'viewer-a' });
      const misses = await lookups(federation.gateway, 'miss');
      await federation.query(query, undefined, { role: Role.VIEWER, district: 'dong-da', subject: 'viewer-b' });
      await federation.query(query);
      expect(await lookups(federation.gateway, 'miss')).toBe(misses + 2);
    });

    test('an answer with an error is not kept', async () => {
      const query = `{ cityRankingHistory(fromYear: 1990, toYear: 2030) { year } }`;
      const misses = await lookups(federation.gateway, 'miss');
      expect((await federation.query(query)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await federation.query(query)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await lookups(federation.gateway, 'miss')).toBe(misses + 2);
    });

    test('only a holder of the gateway secret may tell the gateway of changes', async () => {
      const response = await fetch(new URL('/cache/changes', federation.gateway.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subgraph: 'cluster' }),
      });
      expect(response.status).toBe(403);
    });
  });

  describeOn('shared in Redis by two gateways (REDIS_URL)', () => {
    let databases: TestDatabases;
    let federation: Federation;
    let second: RunningService;
    // Each block its own keys: answers kept over one database must not be served over another.
    const env = { RESPONSE_CACHE: 'true', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: '' };
    beforeAll(async () => {
      env.REDIS_KEY_PREFIX = `eg-test-${process.pid}-${Date.now().toString(36)}:`;
      databases = makeDatabases('response_cache_redis');
      federation = await startFederation(databases.urls, env);
      second = await startGateway(gatewayConfig(federation.subgraphs, env), { port: 0 });
    }, 180_000);
    afterAll(async () => {
      await second?.stop();
      await federation?.stop();
      await databases?.drop();
      const redis = new Redis(env.REDIS_URL);
      const keys = await redis.keys(`${env.REDIS_KEY_PREFIX}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    });

    test('an answer one gateway kept is served by the other', async () => {
      const first = await federation.query(RANKING, { year: 2021 });
      expect(first.errors).toBeUndefined();
      const hits = await lookups(second, 'hit');
      expect(await postGraphQL(second.url, RANKING, { year: 2021 })).toEqual(first);
      expect(await lookups(second, 'hit')).toBe(hits + 1);
    });

    test('a ranking read at both gateways, a score submitted through one, the ranking read again at the other shows the new score', async () => {
      const before = (await postGraphQL(second.url, RANKING, { year: YEAR })).data.cityRankings as Ranked[];
      await federation.query(RANKING, { year: YEAR });
      const change = await changedScores(federation);
      await submit(federation.gateway.url, change);
      const after = (await postGraphQL(second.url, RANKING, { year: YEAR })).data.cityRankings as Ranked[];
      expect(scoreOf(after, change.districtId)).toBeCloseTo(scoreOf(before, change.districtId) + change.delta, 5);
    });

    test('a score submitted to the cluster subgraph directly is seen at both gateways', async () => {
      const before = (await federation.query(RANKING, { year: YEAR })).data.cityRankings as Ranked[];
      await postGraphQL(second.url, RANKING, { year: YEAR });
      const change = await changedScores(federation);
      await submit(federation.subgraphs.cluster.url, change);
      for (const url of [federation.gateway.url, second.url]) {
        const after = (await postGraphQL(url, RANKING, { year: YEAR })).data.cityRankings as Ranked[];
        expect(scoreOf(after, change.districtId)).toBeCloseTo(scoreOf(before, change.districtId) + change.delta, 5);
      }
    });
  });
});
