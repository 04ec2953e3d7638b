import { SignJWT } from 'jose';
import { Role, signToken, tokenVerifier } from '../../services/core/auth';
import { loadConfig } from '../../services/core/config';
import { buildDist, runScript } from '../support/processes';
import { tokenFor } from '../support/tokens';

const AUTH = loadConfig({ NODE_ENV: 'test' }).auth;
const verify = tokenVerifier(AUTH);
const now = () => Math.floor(Date.now() / 1000);

/** A token with the configured secret, issuer and audience, and whatever `iat` and `exp` it is given. */
function tokenWith(times: { iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ role: 'CITY_ADMIN', ...times }).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer(AUTH.issuer).setAudience(AUTH.audience);
  return jwt.sign(new TextEncoder().encode(AUTH.secret));
}

async function refused(token: string, message: RegExp): Promise<void> {
  await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

describe('how long a token may be valid', () => {
  test('a token without exp is refused: it could never be taken back', async () => {
    await refused(await tokenWith({ iat: now() }), /missing required "exp" claim/);
    await refused(await tokenWith({}), /missing required "exp" claim/);
  });

  test(`a token valid for longer than JWT_MAX_LIFETIME_S (${AUTH.maxLifetimeS} s by default) is refused, however its iat reads`, async () => {
    expect(AUTH.maxLifetimeS).toBe(86400);
    await refused(await tokenWith({ iat: now(), exp: now() + 86400 + 60 }), /valid for 864\d\d s, longer than the 86400 s/);
    // No iat, or one in the future, counts from now: neither stretches the limit.
    await refused(await tokenWith({ exp: now() + 365 * 86400 }), /longer than the 86400 s/);
    await refused(await tokenWith({ iat: now() + 10 * 86400, exp: now() + 10 * 86400 + 3600 }), /longer than the 86400 s/);
  });

  test('one within the limit is accepted, with or without iat', async () => {
    await expect(verify(`Bearer ${await tokenWith({ iat: now(), exp: now() + 86400 })}`)).resolves.toMatchObject({ role: Role.CITY_ADMIN });
    await expect(verify(`Bearer ${await tokenWith({ exp: now() + 3600 })}`)).resolves.toMatchObject({ role: Role.CITY_ADMIN });
    // Issued two days ago for a day and a half: expired, not too long.
    await refused(await tokenWith({ iat: now() - 2 * 86400, exp: now() - 86400 / 2 }), /expired/);
  });

  test('JWT_MAX_LIFETIME_S sets the limit', async () => {
    const short = tokenVerifier(loadConfig({ NODE_ENV: 'test', JWT_MAX_LIFETIME_S: '600' }).auth);
    await expect(short(`Bearer ${await signToken(AUTH, { subject: 'x', role: Role.VIEWER }, '10m')}`)).resolves.toMatchObject({ role: Role.VIEWER });
    await expect(short(`Bearer ${await signToken(AUTH, { subject: 'x', role: Role.VIEWER }, '1h')}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(() => loadConfig({ JWT_MAX_LIFETIME_S: 'a day' })).toThrow(/JWT_MAX_LIFETIME_S/);
  });

  test("the tests' tokens and npm run token's default are valid", async () => {
    await expect(verify(`Bearer ${await tokenFor({ role: Role.VIEWER })}`)).resolves.toMatchObject({ role: Role.VIEWER });
    await expect(verify(`Bearer ${await signToken(AUTH, { subject: 'dev', role: Role.VIEWER }, '8h')}`)).resolves.toMatchObject({ subject: 'dev' });
  });
});

describe('npm run token', () => {
  // The script as npm runs it: built, then run from dist/.
  beforeAll(() => buildDist(), 120_000);
  const run = (...args: string[]) => runScript('scripts/token.js', args, { NODE_ENV: 'development', JWT_SECRET: '' });

  test('prints a token the services accept', async () => {
    const { stdout } = await run('--role', 'DISTRICT_OFFICER', '--district', 'ba-dinh');
    await expect(verify(`Bearer ${stdout.trim()}`)).resolves.toMatchObject({ role: Role.DISTRICT_OFFICER, district: 'ba-dinh' });
  });

  test('refuses to print one the services would refuse, saying why', async () => {
    await expect(run('--role', 'CITY_ADMIN', '--expires', '7d')).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/longer than the 86400 s/) });
  });
});
