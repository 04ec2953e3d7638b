import { decodeJwt } from 'jose';
import { Role, signToken, tokenVerifier } from './auth';
import type { AuthConfig } from './config';
import { graphError } from './errors';

/** What a development token is asked for: by `npm run token` and the gateway's `POST /dev/token`. */
export interface DevelopmentTokenRequest {
  role?: unknown;
  district?: unknown;
  cluster?: unknown;
  /** Who the audit log names; `dev-<role>` unless given. */
  subject?: string;
  /** How long it is valid (30m, 8h); 8 hours, or JWT_MAX_LIFETIME_S if shorter, unless given. */
  expires?: string;
}

export interface DevelopmentToken {
  token: string;
  /** When it expires, ISO 8601. */
  expiresAt: string;
}

const DEFAULT_LIFETIME_S = 8 * 3600;

function scopeOf(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw graphError('BAD_USER_INPUT', `${name} must be a string, e.g. ${name === 'district' ? 'ba-dinh' : 'III'}`, { argument: name });
  return value;
}

/**
 * Signs a token with JWT_SECRET (the development secret unless one is set), for a role and the
 * scope it needs, then verifies it as every service will, so a token the services would refuse
 * is refused here. BAD_USER_INPUT for an unknown role or a missing scope.
 */
export async function mintDevelopmentToken(auth: AuthConfig, request: DevelopmentTokenRequest): Promise<DevelopmentToken> {
  const role = request.role as Role;
  if (!Object.values(Role).includes(role)) throw graphError('BAD_USER_INPUT', `role must be one of ${Object.values(Role).join(', ')}`, { argument: 'role' });
  const district = scopeOf(request.district, 'district');
  const cluster = scopeOf(request.cluster, 'cluster');
  if (role === Role.DISTRICT_OFFICER && !district) throw graphError('BAD_USER_INPUT', 'a DISTRICT_OFFICER needs a district', { argument: 'district' });
  if (role === Role.CLUSTER_ADMIN && !cluster) throw graphError('BAD_USER_INPUT', 'a CLUSTER_ADMIN needs a cluster', { argument: 'cluster' });
  const token = await signToken(
    auth,
    { subject: request.subject ?? `dev-${role.toLowerCase()}`, role, district, cluster },
    // A string: jose reads a number as the expiry's own timestamp.
    request.expires ?? `${Math.min(DEFAULT_LIFETIME_S, auth.maxLifetimeS)}s`,
  );
  await tokenVerifier(auth)(`Bearer ${token}`);
  return { token, expiresAt: new Date(decodeJwt(token).exp! * 1000).toISOString() };
}
