import { createRemoteJWKSet, errors, importSPKI, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { registerEnumType } from 'type-graphql';
import type { AuthConfig } from './config';
import { graphError } from './errors';

/** Who a token says its bearer is. The scope claims (`district`, `cluster`) go with the role. */
export enum Role {
  /** The city's emulation board: the city's data, and every level's audit. */
  CITY_ADMIN = 'CITY_ADMIN',
  /** A cluster's secretariat: its own cluster's data (claim `cluster`). */
  CLUSTER_ADMIN = 'CLUSTER_ADMIN',
  /** A district's emulation office: its own district's data (claim `district`). */
  DISTRICT_OFFICER = 'DISTRICT_OFFICER',
  /** Reads only; with a `district` claim, also that district's personal data. */
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role', description: 'The role a token gives its bearer' });

export interface Viewer {
  /** The token's `sub`: who did it, as the audit records it. */
  subject: string;
  role: Role;
  district: string | null;
  cluster: string | null;
}

/** Reads the Authorization header: null without one, the viewer with a valid token, UNAUTHENTICATED otherwise. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer | null>;

const SECRET_ALGORITHMS = ['HS256'];
const PUBLIC_KEY_ALGORITHMS = ['RS256', 'ES256'];

function unauthenticated(message: string) {
  // Apollo Server answers a request whose context cannot be made with this status.
  return graphError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

function verificationKey(auth: AuthConfig): Uint8Array | JWTVerifyGetKey {
  if (auth.jwksUrl) return createRemoteJWKSet(new URL(auth.jwksUrl));
  if (auth.publicKey) {
    const pem = auth.publicKey.replace(/\\n/g, '\n');
    return (header) => importSPKI(pem, header.alg ?? 'RS256');
  }
  return new TextEncoder().encode(auth.secret);
}

function viewerOf(payload: JWTPayload): Viewer {
  const { sub, role, district, cluster } = payload as JWTPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || sub === '') throw unauthenticated('the token names no subject (sub)');
  if (!Object.values(Role).includes(role as Role)) {
    throw unauthenticated(`the token's role must be one of ${Object.values(Role).join(', ')}`);
  }
  const scope = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const viewer: Viewer = { subject: sub, role: role as Role, district: scope(district), cluster: scope(cluster) };
  if (viewer.role === Role.DISTRICT_OFFICER && !viewer.district) throw unauthenticated('a DISTRICT_OFFICER token needs a district claim');
  if (viewer.role === Role.CLUSTER_ADMIN && !viewer.cluster) throw unauthenticated('a CLUSTER_ADMIN token needs a cluster claim');
  return viewer;
}

/**
 * Refuses a token valid for longer than JWT_MAX_LIFETIME_S: from its `iat`, or from now if it has none
 * or claims to be issued later, so that neither a missing nor a future `iat` stretches it.
 */
function assertLifetime(payload: JWTPayload, maxLifetimeS: number): void {
  const now = Math.floor(Date.now() / 1000);
  const issued = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
  const lifetime = payload.exp! - issued;
  if (lifetime > maxLifetimeS) {
    throw unauthenticated(`the token is valid for ${lifetime} s, longer than the ${maxLifetimeS} s this service accepts`);
  }
}

/** The one way a service learns who is calling: the gateway and every subgraph verify the token themselves. */
export function tokenVerifier(auth: AuthConfig): TokenVerifier {
  const key = verificationKey(auth);
  const algorithms = auth.secret ? SECRET_ALGORITHMS : PUBLIC_KEY_ALGORITHMS;
  return async (authorization) => {
    if (!authorization) return null;
    const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
    if (!token) throw unauthenticated('the Authorization header must read "Bearer <token>"');
    let payload: JWTPayload;
    try {
      // `exp` is required: a token that never expires is a key that can never be taken back.
      ({ payload } = await jwtVerify(token, key as Uint8Array, { issuer: auth.issuer, audience: auth.audience, algorithms, requiredClaims: ['exp'] }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('the token has expired');
      throw unauthenticated(`the token is not valid: ${error instanceof Error ? error.message : String(error)}`);
    }
    assertLifetime(payload, auth.maxLifetimeS);
    return viewerOf(payload);
  };
}

export interface TokenClaims {
  subject: string;
  role: Role;
  district?: string;
  cluster?: string;
}

/** Signs an HS256 token with the configured secret: development tokens (`npm run token`) and tests. */
export function signToken(auth: AuthConfig, claims: TokenClaims, expiresIn: string | number = '8h'): Promise<string> {
  if (!auth.secret) throw new Error('signing needs JWT_SECRET: with a public key, tokens come from the identity provider');
  const { subject, ...scope } = claims;
  return new SignJWT({ ...scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(auth.secret));
}
