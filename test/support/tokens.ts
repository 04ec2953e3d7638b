import { Role, signToken, type TokenClaims } from '../../services/core/auth';
import { loadConfig } from '../../services/core/config';

/** What the services verify tokens with in tests: the development secret, as `npm run token` signs. */
export const TEST_AUTH = loadConfig({ NODE_ENV: 'test' }).auth;

export type Caller = Omit<TokenClaims, 'subject'> & { subject?: string };

/** A valid token for a caller, signed as `npm run token` signs one. */
export function tokenFor(caller: Caller, expiresIn: string | number = '1h'): Promise<string> {
  return signToken(TEST_AUTH, { subject: caller.subject ?? `test-${caller.role.toLowerCase()}`, ...caller }, expiresIn);
}

/** The callers an authorization matrix tries: every role, scoped to the given district and cluster or to others. */
export function everyCaller(district: string, otherDistrict: string, cluster: string, otherCluster: string): Array<{ name: string; caller: Caller | null }> {
  return [
    { name: 'anonymous', caller: null },
    { name: 'VIEWER', caller: { role: Role.VIEWER } },
    { name: `VIEWER of ${district}`, caller: { role: Role.VIEWER, district } },
    { name: `DISTRICT_OFFICER of ${district}`, caller: { role: Role.DISTRICT_OFFICER, district } },
    { name: `DISTRICT_OFFICER of ${otherDistrict}`, caller: { role: Role.DISTRICT_OFFICER, district: otherDistrict } },
    { name: `CLUSTER_ADMIN of ${cluster}`, caller: { role: Role.CLUSTER_ADMIN, cluster } },
    { name: `CLUSTER_ADMIN of ${otherCluster}`, caller: { role: Role.CLUSTER_ADMIN, cluster: otherCluster } },
    { name: 'CITY_ADMIN', caller: { role: Role.CITY_ADMIN } },
  ];
}
