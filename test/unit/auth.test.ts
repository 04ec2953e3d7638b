import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type JWK, type KeyLike } from 'jose';
import { Role, signToken, tokenVerifier, type TokenVerifier } from '../../services/core/auth';
import { loadConfig, type AuthConfig } from '../../services/core/config';

const ISSUER = 'emulation-graph';
const AUDIENCE = 'emulation-graph';
const SECRET_AUTH = loadConfig({ NODE_ENV: 'test' }).auth;
const OFFICER = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' };

/** A token with any claims, header and key: what an identity provider, or an attacker, could send. */
function sign(
  claims: Record<string, unknown>,
  key: KeyLike | Uint8Array,
  alg: string,
  { issuer = ISSUER, audience = AUDIENCE, subject = 'someone', expires = '1h' as string | number, kid = undefined as string | undefined } = {},
): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg, ...(kid ? { kid } : {}) }).setIssuedAt().setExpirationTime(expires);
  if (issuer) jwt.setIssuer(issuer);
  if (audience) jwt.setAudience(audience);
  if (subject) jwt.setSubject(subject);
  return jwt.sign(key);
}

const secretKey = (secret: string) => new TextEncoder().encode(secret);
const bearer = (token: string) => `Bearer ${token}`;

async function refused(verify: TokenVerifier, authorization: string, message: RegExp): Promise<void> {
  await expect(verify(authorization)).rejects.toMatchObject({
    message: expect.stringMatching(message),
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

describe('tokens signed with the HS256 secret', () => {
  const verify = tokenVerifier(SECRET_AUTH);
  const withSecret = (claims: Record<string, unknown>, options?: Parameters<typeof sign>[3]) =>
    sign(claims, secretKey(SECRET_AUTH.secret!), 'HS256', options);

  test('no Authorization header is an anonymous caller, not an error', async () => {
    await expect(verify(undefined)).resolves.toBeNull();
    await expect(verify('')).resolves.toBeNull();
  });

  test('a valid token gives its viewer, with the scope claims of its role', async () => {
    const token = await signToken(SECRET_AUTH, { subject: 'can-bo-ba-dinh', ...OFFICER });
    await expect(verify(bearer(token))).resolves.toEqual({ subject: 'can-bo-ba-dinh', role: Role.DISTRICT_OFFICER, district: 'ba-dinh', cluster: null });
    await expect(verify(`bearer   ${await withSecret({ role: 'CLUSTER_ADMIN', cluster: 'III' })}  `)).resolves.toEqual({
      subject: 'someone',
      role: Role.CLUSTER_ADMIN,
      district: null,
      cluster: 'III',
    });
    await expect(verify(bearer(await withSecret({ role: 'CITY_ADMIN' })))).resolves.toMatchObject({ role: Role.CITY_ADMIN, district: null, cluster: null });
  });

  test('an expired token is refused, saying so', async () => {
    const token = await withSecret({ role: 'VIEWER' }, { expires: Math.floor(Date.now() / 1000) - 60 });
    await refused(verify, bearer(token), /expired/);
  });

  test('a token signed with another secret is refused', async () => {
    await refused(verify, bearer(await sign({ role: 'CITY_ADMIN' }, secretKey('another secret of at least 32 characters!'), 'HS256')), /not valid/);
  });

  test("a token for another issuer or audience is refused, and one that names neither", async () => {
    await refused(verify, bearer(await withSecret({ role: 'VIEWER' }, { issuer: 'someone-else' })), /not valid.*iss/);
    await refused(verify, bearer(await withSecret({ role: 'VIEWER' }, { audience: 'another-app' })), /not valid.*aud/);
    await refused(verify, bearer(await withSecret({ role: 'VIEWER' }, { issuer: '' })), /not valid.*iss/);
    await refused(verify, bearer(await withSecret({ role: 'VIEWER' }, { audience: '' })), /not valid.*aud/);
  });

  test('an unsigned token (alg: none) is refused', async () => {
    const unsigned = new UnsecuredJWT({ role: 'CITY_ADMIN' }).setSubject('intruder').setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').encode();
    await refused(verify, bearer(unsigned), /not valid.*"alg"/);
  });

  test('a header that is not "Bearer <token>" is refused, and so is a token that is not a JWT', async () => {
    const token = await signToken(SECRET_AUTH, { subject: 'x', role: Role.VIEWER });
    for (const header of [token, `Basic ${token}`, 'Bearer', 'Bearer ', `Bearer ${token} extra`]) {
      await refused(verify, header, /Bearer <token>/);
    }
    await refused(verify, 'Bearer not.a.jwt', /not valid/);
    await refused(verify, `Bearer ${token.slice(0, -2)}`, /not valid/);
  });

  test('a token without a subject, or with a role the graph does not know, is refused', async () => {
    await refused(verify, bearer(await withSecret({ role: 'VIEWER' }, { subject: '' })), /sub/);
    await refused(verify, bearer(await withSecret({ role: 'SUPERUSER' })), /role must be one of/);
    await refused(verify, bearer(await withSecret({})), /role must be one of/);
    await refused(verify, bearer(await withSecret({ role: 'city_admin' })), /role must be one of/);
  });

  test('a DISTRICT_OFFICER needs its district, a CLUSTER_ADMIN its cluster', async () => {
    await refused(verify, bearer(await withSecret({ role: 'DISTRICT_OFFICER' })), /DISTRICT_OFFICER token needs a district/);
    await refused(verify, bearer(await withSecret({ role: 'DISTRICT_OFFICER', district: '' })), /needs a district/);
    await refused(verify, bearer(await withSecret({ role: 'DISTRICT_OFFICER', cluster: 'III' })), /needs a district/);
    await refused(verify, bearer(await withSecret({ role: 'CLUSTER_ADMIN' })), /CLUSTER_ADMIN token needs a cluster/);
    await refused(verify, bearer(await withSecret({ role: 'CLUSTER_ADMIN', district: 'ba-dinh' })), /needs a cluster/);
  });

  test('a token signed with a key pair is refused where the secret is configured', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await refused(verify, bearer(await sign({ role: 'CITY_ADMIN' }, privateKey, 'RS256')), /not valid.*"alg"/);
  });
});

describe.each(['RS256', 'ES256'])('tokens signed with %s, verified with a PEM public key', (alg) => {
  let privateKey: KeyLike;
  let pem: string;
  let verify: TokenVerifier;
  beforeAll(async () => {
    const pair = await generateKeyPair(alg);
    privateKey = pair.privateKey;
    pem = await exportSPKI(pair.publicKey);
    verify = tokenVerifier(loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEY: pem }).auth);
  });

  test('a valid token gives its viewer', async () => {
    await expect(verify(bearer(await sign(OFFICER, privateKey, alg)))).resolves.toEqual({ subject: 'someone', ...OFFICER, cluster: null });
  });

  test('the key may be given on one line with \\n, as an environment variable holds it', async () => {
    const oneLine = tokenVerifier(loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEY: pem.trim().replace(/\n/g, '\\n') }).auth);
    await expect(oneLine(bearer(await sign(OFFICER, privateKey, alg)))).resolves.toMatchObject(OFFICER);
  });

  test('expired, another issuer, and the claims checks all still apply', async () => {
    await refused(verify, bearer(await sign(OFFICER, privateKey, alg, { expires: Math.floor(Date.now() / 1000) - 60 })), /expired/);
    await refused(verify, bearer(await sign(OFFICER, privateKey, alg, { issuer: 'someone-else' })), /not valid/);
    await refused(verify, bearer(await sign({ role: 'DISTRICT_OFFICER' }, privateKey, alg)), /needs a district/);
  });

  test('a token signed with another key pair is refused', async () => {
    const other = await generateKeyPair(alg);
    await refused(verify, bearer(await sign(OFFICER, other.privateKey, alg)), /not valid/);
  });

  test('a token signed with the wrong algorithm for the key is refused', async () => {
    const wrong = alg === 'RS256' ? 'ES256' : 'RS256';
    const { privateKey: wrongKey } = await generateKeyPair(wrong);
    await refused(verify, bearer(await sign(OFFICER, wrongKey, wrong)), /not valid/);
    // The classic confusion: HS256 "signed" with the public key's PEM text as the secret.
    await refused(verify, bearer(await sign(OFFICER, secretKey(pem), 'HS256')), /not valid.*"alg"/);
    // The development secret means nothing once a public key is configured.
    await refused(verify, bearer(await signToken(SECRET_AUTH, { subject: 'dev', ...OFFICER })), /not valid.*"alg"/);
  });
});

describe('tokens verified against a JWKS URL', () => {
  let server: http.Server;
  let verify: TokenVerifier;
  let rsa: KeyLike;
  let ec: KeyLike;
  let requests = 0;
  beforeAll(async () => {
    const [rsaPair, ecPair] = await Promise.all([generateKeyPair('RS256'), generateKeyPair('ES256')]);
    rsa = rsaPair.privateKey;
    ec = ecPair.privateKey;
    const keys: JWK[] = [
      { ...(await exportJWK(rsaPair.publicKey)), kid: 'rsa-2024', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ecPair.publicKey)), kid: 'ec-2024', alg: 'ES256', use: 'sig' },
    ];
    // A real identity provider's endpoint, on a free local port.
    server = http.createServer((req, res) => {
      requests += 1;
      if (req.url !== '/.well-known/jwks.json') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    const auth: AuthConfig = loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: url, JWT_ISSUER: 'https://login.example.gov.vn', JWT_AUDIENCE: 'emulation' }).auth;
    verify = tokenVerifier(auth);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fromProvider = { issuer: 'https://login.example.gov.vn', audience: 'emulation' };

  test('tokens signed with either key of the set are accepted, the set fetched from the server', async () => {
    await expect(verify(bearer(await sign(OFFICER, rsa, 'RS256', { ...fromProvider, kid: 'rsa-2024' })))).resolves.toMatchObject(OFFICER);
    await expect(verify(bearer(await sign({ role: 'CITY_ADMIN' }, ec, 'ES256', { ...fromProvider, kid: 'ec-2024' })))).resolves.toMatchObject({ role: Role.CITY_ADMIN });
    expect(requests).toBeGreaterThan(0);
  });

  test("a key the set does not hold, another issuer or audience, an expired token: each refused", async () => {
    const stranger = await generateKeyPair('RS256');
    await refused(verify, bearer(await sign(OFFICER, stranger.privateKey, 'RS256', { ...fromProvider, kid: 'rsa-2024' })), /not valid/);
    await refused(verify, bearer(await sign(OFFICER, stranger.privateKey, 'RS256', { ...fromProvider, kid: 'unknown' })), /not valid/);
    await refused(verify, bearer(await sign(OFFICER, rsa, 'RS256', { kid: 'rsa-2024' })), /not valid/);
    await refused(verify, bearer(await sign(OFFICER, rsa, 'RS256', { ...fromProvider, kid: 'rsa-2024', expires: Math.floor(Date.now() / 1000) - 60 })), /expired/);
  });

  test('a token signed with the wrong algorithm for the key it names is refused', async () => {
    // ES256 claiming the RSA key's id: the set's key is for RS256 only.
    await refused(verify, bearer(await sign(OFFICER, ec, 'ES256', { ...fromProvider, kid: 'rsa-2024' })), /not valid/);
    await refused(verify, bearer(await sign(OFFICER, secretKey('anything at all, even a long secret'), 'HS256', { ...fromProvider, kid: 'rsa-2024' })), /not valid.*"alg"/);
  });
});
