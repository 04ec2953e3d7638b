import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startGateway } from '../../gateway/gateway';
import { Role } from '../../services/core/auth';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import type { RunningService } from '../../services/core/http';
import { embeddedFederation, gatewayConfig, postGraphQL } from '../support/federation';
import { tokenFor, type Caller } from '../support/tokens';

// Long enough that every client of a test has reached the gateway while the first fetch is held,
// on a busy test machine too.
const HELD_MS = 400;

interface Forwarded {
  authorization?: string;
  body: string;
}

/** A proxy in front of a subgraph that holds every request HELD_MS before passing it on, and remembers it. */
async function holdingProxy(target: string): Promise<{ url: string; seen: Forwarded[]; close(): void }> {
  const seen: Forwarded[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ authorization: req.headers.authorization, body });
    await sleep(HELD_MS);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const answer = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/graphql`, seen, close: () => server.close() };
}

const RANKING = `{ cityRankings(year: 2023) { rank percent clusterRank cluster { id } district { name parIndex(year: 2023) { rank } awards(fromYear: 2023, toYear: 2023, level: CITY) { totalCount } } } }`;
const REVIEW_QUEUE = `{ reviewQueue(first: 3) { totalCount nodes { id } } }`;
const CREATE_UNIT = `mutation CreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`;
const CITY_ADMIN: Caller = { role: Role.CITY_ADMIN };
const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' };

const federation = embeddedFederation();

describe('identical subgraph fetches in flight at once', () => {
  let proxies: Record<SubgraphName, Awaited<ReturnType<typeof holdingProxy>>>;
  let gateway: RunningService;
  const as = async (caller: Caller) => ({ authorization: `Bearer ${await tokenFor(caller)}` });
  const seen = () => {
    const counts = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, proxies[name].seen.length])) as Record<SubgraphName, number>;
    for (const name of SUBGRAPH_NAMES) proxies[name].seen.length = 0;
    return counts;
  };

  beforeAll(async () => {
    proxies = {} as typeof proxies;
    for (const name of SUBGRAPH_NAMES) proxies[name] = await holdingProxy(federation.subgraphs[name].url);
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { url: proxies[name].url } as RunningService])) as Record<SubgraphName, RunningService>;
    gateway = await startGateway(gatewayConfig(urls), { port: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const proxy of Object.values(proxies ?? {})) proxy.close();
  });

  test('are one fetch: 20 clients asking the ranking at once reach each subgraph far fewer than 20 times, and each gets the whole answer', async () => {
    const alone = await postGraphQL(gateway.url, RANKING);
    expect(alone.errors).toBeUndefined();
    expect(alone.data.cityRankings).toHaveLength(30);
    expect(seen()).toEqual({ cluster: 1, district: 1, city: 1 });

    const answers = await Promise.all(Array.from({ length: 20 }, () => postGraphQL(gateway.url, RANKING)));
    for (const answer of answers) expect(answer).toEqual(alone);
    const counts = seen();
    for (const name of SUBGRAPH_NAMES) {
      expect(counts[name]).toBeGreaterThanOrEqual(1);
      expect(counts[name]).toBeLessThanOrEqual(5);
    }
  });

  test("are never shared between callers of different authorizations: each caller gets its own caller's answer", async () => {
    const adminAlone = await postGraphQL(gateway.url, REVIEW_QUEUE, undefined, await as(CITY_ADMIN));
    const officerAlone = await postGraphQL(gateway.url, REVIEW_QUEUE, undefined, await as(OFFICER));
    expect(adminAlone.errors).toBeUndefined();
    expect(officerAlone.errors).toBeUndefined();
    expect(officerAlone.data.reviewQueue.totalCount).toBeLessThan(adminAlone.data.reviewQueue.totalCount);
    seen();

    const callers = Array.from({ length: 10 }, (_, index) => (index % 2 ? OFFICER : CITY_ADMIN));
    const headers = await Promise.all(callers.map(as));
    const answers = await Promise.all(callers.map((_, index) => postGraphQL(gateway.url, REVIEW_QUEUE, undefined, headers[index])));
    answers.forEach((answer, index) => expect(answer).toEqual(callers[index] === OFFICER ? officerAlone : adminAlone));
    const authorizations = proxies.city.seen.map((request) => request.authorization);
    expect(new Set(authorizations)).toEqual(new Set([headers[0].authorization, headers[1].authorization]));
    expect(authorizations.length).toBeLessThan(callers.length);
    seen();
  });

  test('never merge a mutation: identical writes sent at once are each applied', async () => {
    const headers = await as(OFFICER);
    const input = { input: { districtId: 'ba-dinh', name: 'Tổ gửi cùng lúc', kind: 'OTHER', memberCount: 3 } };
    seen();
    const answers = await Promise.all([1, 2, 3].map(() => postGraphQL(gateway.url, CREATE_UNIT, input, headers)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.data.createUnit.id)).size).toBe(3);
    expect(proxies.district.seen.filter((request) => request.body.includes('createUnit'))).toHaveLength(3);
  });
});
