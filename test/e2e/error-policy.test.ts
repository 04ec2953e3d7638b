import { Role, signToken } from '../../services/core/auth';
import { startGateway } from '../../gateway/gateway';
import { loadConfig } from '../../services/core/config';
import { openDataSource } from '../../services/core/data-source';
import type { RunningService } from '../../services/core/http';
import { createLogger } from '../../services/core/logger';
import { startSubgraph } from '../../services/core/subgraph';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { gatewayConfig, startFederation, type Federation } from '../support/federation';
import { logLines } from '../support/logs';
import { TEST_AUTH, tokenFor } from '../support/tokens';

const OFFICER = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' };
const LAUNCH = `mutation Launch($title: String!) { launchMovement(input: { districtId: "ba-dinh", year: 2024, title: $title }) { id } }`;
const INTERNAL_MESSAGE = /^Internal error; request ([\w.:-]+)$/;

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; requestId: string | null; text: string; json: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, requestId: response.headers.get('x-request-id'), text, json: JSON.parse(text) };
}

async function launch(url: string, title = 'Thi đua yêu nước'): Promise<Awaited<ReturnType<typeof post>>> {
  return post(url, { query: LAUNCH, variables: { title } }, { authorization: `Bearer ${await tokenFor(OFFICER)}` });
}

/**
 * Takes the district database's audit table away (and brings it back): every write then fails in the
 * driver, with a message that names the table, the way a full disk or a lost column would.
 */
async function auditTable(databases: TestDatabases, present: boolean): Promise<void> {
  const [from, to] = present ? ['audit_log_away', 'audit_log'] : ['audit_log', 'audit_log_away'];
  // The same SQL on both databases; no entities, no migrations: a plain connection.
  const db = await openDataSource(databases.urls.district, { entities: [], migrations: [] });
  try {
    await db.query(`ALTER TABLE ${from} RENAME TO ${to}`);
  } finally {
    await db.destroy();
  }
}

describe.each(DATABASES)('what errors say, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('an unexpected error', () => {
    let databases: TestDatabases;
    let federation: Federation;
    let debugging: RunningService;
    const logs = logLines();
    beforeAll(async () => {
      databases = makeDatabases('errors');
      // Development: where stack traces used to reach clients.
      federation = await startFederation(databases.urls, { NODE_ENV: 'development' }, logs);
      const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', ERROR_STACKTRACES: 'true' });
      debugging = await startSubgraph(districtSubgraph, config, { port: 0, dbUrl: databases.urls.district, log: createLogger('district', 'silent') });
      await auditTable(databases, false);
    });
    afterAll(async () => {
      await auditTable(databases, true).catch(() => undefined);
      await debugging?.stop();
      await federation?.stop();
      await databases?.drop();
    });

    test("answers INTERNAL_SERVER_ERROR with the gateway's request id and nothing of the driver's text", async () => {
      const answer = await launch(federation.gateway.url);
      expect(answer.text).not.toMatch(/audit_log|SQLITE|ER_NO|no such table|doesn.t exist|stacktrace/i);
      expect(answer.json.errors).toHaveLength(1);
      const [error] = answer.json.errors;
      expect(error.message).toMatch(INTERNAL_MESSAGE);
      expect(error.extensions).toEqual(expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', requestId: answer.requestId }));
      expect(error.message).toBe(`Internal error; request ${answer.requestId}`);
      expect(error.extensions.stacktrace).toBeUndefined();
    });

    test('logs the original, with its stack, under the request id, on the subgraph that failed', async () => {
      const answer = await launch(federation.gateway.url, 'Logged');
      const line = logs.lines.find((candidate) => candidate.service === 'district' && candidate.msg === 'unexpected error' && candidate.requestId === answer.requestId);
      expect(line).toBeDefined();
      expect(line!.level).toBe('error');
      expect(line!.err.message).toMatch(/audit_log/);
      expect(line!.err.stack).toMatch(/\n\s+at /);
    });

    test('a subgraph asked directly masks it too, with its own request id', async () => {
      const answer = await launch(federation.subgraphs.district.url);
      expect(answer.text).not.toMatch(/audit_log|no such table|doesn't exist/i);
      expect(answer.json.errors[0]).toMatchObject({ message: `Internal error; request ${answer.requestId}`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: answer.requestId } });
      expect(answer.json.errors[0].extensions.stacktrace).toBeUndefined();
    });

    test('ERROR_STACKTRACES=true adds the stack to an unexpected error, never to a coded one', async () => {
      const failed = await launch(debugging.url);
      expect(failed.json.errors[0].message).toMatch(INTERNAL_MESSAGE);
      expect(failed.json.errors[0].extensions.stacktrace.join('\n')).toMatch(/audit_log/);
      const refused = await launch(debugging.url, '   ');
      expect(refused.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.json.errors[0].extensions.stacktrace).toBeUndefined();
      const anonymous = await post(debugging.url, { query: LAUNCH, variables: { title: 'x' } });
      expect(anonymous.json.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    });

    test("a subgraph's refusal reaches the client through the gateway without the subgraph's URL or answer", async () => {
      // A gateway that accepts tokens for another audience than its subgraphs: each of them answers 401.
      const gateway = await startGateway(gatewayConfig(federation.subgraphs, { NODE_ENV: 'development', JWT_AUDIENCE: 'elsewhere' }), { port: 0 });
      try {
        const token = await signToken({ ...TEST_AUTH, audience: 'elsewhere' }, { subject: 'someone', role: Role.VIEWER });
        const answer = await post(gateway.url, { query: '{ district(id: "ba-dinh") { name } }' }, { authorization: `Bearer ${token}` });
        expect(answer.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(answer.json.errors[0].extensions.response).toBeUndefined();
        expect(answer.text).not.toContain(federation.subgraphs.district.url);
      } finally {
        await gateway.stop();
      }
    });

    test('a coded error goes out as raised, without a stack, in development too', async () => {
      const refused = await launch(federation.gateway.url, '\u200b');
      expect(refused.json.errors[0]).toMatchObject({ message: expect.stringMatching(/title must not be blank/), extensions: { code: 'BAD_USER_INPUT', fields: ['title'] } });
      expect(refused.json.errors[0].extensions.stacktrace).toBeUndefined();
      const invalid = await post(federation.gateway.url, { query: '{ district(id: "ba-dinh") { nope } }' });
      expect(invalid.status).toBe(400);
      expect(invalid.json.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    });
  });
});
