import { SignJWT } from 'jose';
import { startGateway } from '../../gateway/gateway';
import { Role } from '../../services/core/auth';
import type { RunningService } from '../../services/core/http';
import { DATABASES, type TestDatabases } from '../support/databases';
import { gatewayConfig, startFederation, type Federation } from '../support/federation';
import { FREE_YEAR, rateForLdtt } from '../support/ldtt-record';
import { TEST_AUTH, tokenFor, type Caller } from '../support/tokens';

const BA_DINH_OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' };
const BA_DINH_PERSON = 'ba-dinh-p0001';
const DONG_DA_PERSON = 'dong-da-p0001';

/** A token that looks right in every way but is signed with a secret no service holds. */
function forgedToken(caller: Caller): Promise<string> {
  return new SignJWT({ role: caller.role, district: caller.district })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('intruder')
    .setIssuer(TEST_AUTH.issuer)
    .setAudience(TEST_AUTH.audience)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('not the secret the services verify with, but just as long'));
}

/** POSTs with an exact Authorization header (or none) and keeps the HTTP status. */
async function post(url: string, query: string, authorization?: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: any }> } };
}

const BIRTH_YEAR = (id: string) => `{ person(id: "${id}") { id birthYear } }`;

const CONFER = `mutation Confer($input: ConferLocalAwardInput!) {
  conferLocalAward(input: $input) { id year decisionNumber decidedOn awardType { code } person { id fullName } }
}`;

const DISTRICT_HISTORY = `query History($id: ID!) {
  person(id: $id) { awardHistory(level: DISTRICT, first: 100) { nodes { year level awardType { code } decisionNumber decidedOn } } }
}`;

describe.each(DATABASES)('tokens end to end, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the gateway and the subgraphs', () => {
    let databases: TestDatabases;
    let federation: Federation;
    const noSelects = () => Object.fromEntries(Object.keys(federation.selects).map((name) => [name, []]));
    const forgetSelects = () => Object.values(federation.selects).forEach((recorded) => (recorded.length = 0));
    beforeAll(async () => {
      databases = makeDatabases('auth');
      federation = await startFederation(databases.urls);
    }, 180_000);
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    test('the gateway refuses a bad or expired token with UNAUTHENTICATED (HTTP 401) and asks no subgraph', async () => {
      const expired = await tokenFor(BA_DINH_OFFICER, Math.floor(Date.now() / 1000) - 60);
      const refusals: Array<[string, RegExp]> = [
        [`Bearer ${expired}`, /expired/],
        [`Bearer ${await forgedToken(BA_DINH_OFFICER)}`, /not valid/],
        ['Bearer not-a-token', /not valid/],
        [`Basic ${Buffer.from('admin:admin').toString('base64')}`, /Bearer <token>/],
      ];
      for (const [authorization, message] of refusals) {
        forgetSelects();
        for (const query of [BIRTH_YEAR(BA_DINH_PERSON), `{ districts { name } }`]) {
          const { status, body } = await post(federation.gateway.url, query, authorization);
          expect(status).toBe(401);
          expect(body.data).toBeUndefined();
          expect(body.errors).toHaveLength(1);
          expect(body.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
          // No stack trace, and nothing of the token echoed back.
          expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:/);
        }
        expect(federation.selects).toEqual(noSelects());
      }
    });

    test('the gateway refuses on its own: a token its subgraphs would accept is refused when the gateway expects another issuer', async () => {
      const strict: RunningService = await startGateway(gatewayConfig(federation.subgraphs, { JWT_ISSUER: 'another-issuer' }), { port: 0 });
      try {
        forgetSelects();
        const { status, body } = await post(strict.url, BIRTH_YEAR(BA_DINH_PERSON), `Bearer ${await tokenFor(BA_DINH_OFFICER)}`);
        expect([status, body.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
        expect(federation.selects).toEqual(noSelects());
      } finally {
        await strict.stop();
      }
    });

    test('a subgraph reached directly refuses a forged or expired token with 401, and serves a good one', async () => {
      const district = federation.subgraphs.district.url;
      for (const token of [await forgedToken(BA_DINH_OFFICER), await tokenFor(BA_DINH_OFFICER, Math.floor(Date.now() / 1000) - 60)]) {
        forgetSelects();
        const { status, body } = await post(district, BIRTH_YEAR(BA_DINH_PERSON), `Bearer ${token}`);
        expect([status, body.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
        expect(federation.selects.district).toEqual([]);
      }
      const { status, body } = await post(district, BIRTH_YEAR(BA_DINH_PERSON), `Bearer ${await tokenFor(BA_DINH_OFFICER)}`);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.person).toEqual({ id: BA_DINH_PERSON, birthYear: expect.any(Number) });
    });

    test("the gateway forwards a good token: Ba Đình's officer reads a Ba Đình person's birth year, not a Đống Đa person's", async () => {
      const own = await federation.query(BIRTH_YEAR(BA_DINH_PERSON), {}, BA_DINH_OFFICER);
      expect(own.errors).toBeUndefined();
      expect(own.data.person).toEqual({ id: BA_DINH_PERSON, birthYear: expect.any(Number) });

      const other = await federation.query(BIRTH_YEAR(DONG_DA_PERSON), {}, BA_DINH_OFFICER);
      expect(other.data?.person).toEqual({ id: DONG_DA_PERSON, birthYear: null });
      expect(other.errors).toEqual([expect.objectContaining({ path: ['person', 'birthYear'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
      // The city admin reads every district's; a token scoped to another district, or none, does not.
      expect((await federation.query(BIRTH_YEAR(DONG_DA_PERSON), {}, { role: Role.CITY_ADMIN })).data.person.birthYear).toEqual(expect.any(Number));
      const anonymous = await federation.query(BIRTH_YEAR(BA_DINH_PERSON));
      expect(anonymous.data?.person?.birthYear).toBeNull();
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    test("done means: Ba Đình's officer confers an LDTT on a Ba Đình person, seen in the award history; a Đống Đa person is refused", async () => {
      const history = async (id: string) => {
        const body = await federation.query(DISTRICT_HISTORY, { id });
        expect(body.errors).toBeUndefined();
        return body.data.person.awardHistory.nodes as Array<{ year: number; awardType: { code: string } }>;
      };
      // The title is lawful: the officer first records the person's rating for a year the demo data leaves free.
      const year = FREE_YEAR;
      await rateForLdtt((query, variables) => federation.query(query, variables, BA_DINH_OFFICER), BA_DINH_PERSON, [year]);
      const before = await history(BA_DINH_PERSON);
      const input = { year, awardTypeCode: 'LDTT', personId: BA_DINH_PERSON, decisionNumber: `${year}-07/QĐ-UBND Ba Đình`, decidedOn: `${year + 1}-01-20` };

      const conferred = await federation.query(CONFER, { input }, BA_DINH_OFFICER);
      expect(conferred.errors).toBeUndefined();
      expect(conferred.data.conferLocalAward).toMatchObject({
        year,
        decisionNumber: input.decisionNumber,
        decidedOn: input.decidedOn,
        awardType: { code: 'LDTT' },
        person: { id: BA_DINH_PERSON, fullName: expect.any(String) },
      });
      const after = await history(BA_DINH_PERSON);
      expect(after).toHaveLength(before.length + 1);
      expect(after).toContainEqual({ year, level: 'DISTRICT', awardType: { code: 'LDTT' }, decisionNumber: input.decisionNumber, decidedOn: input.decidedOn });

      const dongDaBefore = await history(DONG_DA_PERSON);
      const refused = await federation.query(CONFER, { input: { ...input, personId: DONG_DA_PERSON, decisionNumber: `${year}-08/QĐ-UBND` } }, BA_DINH_OFFICER);
      expect(refused.data?.conferLocalAward ?? null).toBeNull();
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(await history(DONG_DA_PERSON)).toEqual(dongDaBefore);
    });

    test('a mutation with a bad token never reaches the subgraph that would write', async () => {
      forgetSelects();
      const input = { year: 2020, awardTypeCode: 'LDTT', personId: BA_DINH_PERSON };
      const { status, body } = await post(federation.gateway.url, CONFER, `Bearer ${await forgedToken(BA_DINH_OFFICER)}`, { input });
      expect([status, body.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      expect(federation.selects).toEqual(noSelects());
    });
  });
});
