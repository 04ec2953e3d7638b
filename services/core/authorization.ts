import { Role, type Viewer } from './auth';
import { graphError } from './errors';

/**
 * Who may do what. Each level writes only its own data: a district officer its district's rows,
 * a cluster admin its cluster's, the city admin the city's. Reads of rankings, awards and public
 * names are open; personal data needs a token whose scope covers the person's district, or the city.
 */

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw graphError('UNAUTHENTICATED', 'this operation needs a token (Authorization: Bearer <token>)');
  return viewer;
}

function describe(viewer: Viewer): string {
  const scope = viewer.district ?? viewer.cluster;
  return scope ? `a ${viewer.role} of ${scope}` : `a ${viewer.role}`;
}

export function assertDistrictWriter(viewer: Viewer | null, districtId: string): Viewer {
  const caller = requireViewer(viewer);
  if (caller.role !== Role.DISTRICT_OFFICER || caller.district !== districtId) {
    throw graphError('FORBIDDEN', `only a DISTRICT_OFFICER of ${districtId} may write its data; the token is ${describe(caller)}`, { district: districtId });
  }
  return caller;
}

export function assertClusterAdmin(viewer: Viewer | null, clusterId: string): Viewer {
  const caller = requireViewer(viewer);
  if (caller.role !== Role.CLUSTER_ADMIN || caller.cluster !== clusterId) {
    throw graphError('FORBIDDEN', `only a CLUSTER_ADMIN of cluster ${clusterId} may write its data; the token is ${describe(caller)}`, { cluster: clusterId });
  }
  return caller;
}

export function assertCityAdmin(viewer: Viewer | null): Viewer {
  const caller = requireViewer(viewer);
  if (caller.role !== Role.CITY_ADMIN) throw graphError('FORBIDDEN', `only a CITY_ADMIN may write the city's data; the token is ${describe(caller)}`);
  return caller;
}

/**
 * Whether the token is the office that proposes for a district (its DISTRICT_OFFICER) or for a
 * cluster (its CLUSTER_ADMIN): the only callers who see a dossier while it is a draft.
 */
export function isProposerOf(viewer: Viewer | null, level: 'DISTRICT' | 'CLUSTER', proposerId: string): boolean {
  if (level === 'DISTRICT') return viewer?.role === Role.DISTRICT_OFFICER && viewer.district === proposerId;
  return viewer?.role === Role.CLUSTER_ADMIN && viewer.cluster === proposerId;
}

/** Birth years, ratings and discipline: the person's own district (any role scoped to it) or the city admin. */
export function canReadPersonalData(viewer: Viewer | null, districtId: string): boolean {
  if (!viewer) return false;
  return viewer.role === Role.CITY_ADMIN || (viewer.role !== Role.CLUSTER_ADMIN && viewer.district === districtId);
}

export function assertPersonalDataReader(viewer: Viewer | null, districtId: string): void {
  if (!canReadPersonalData(viewer, districtId)) {
    throw graphError(viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED', `personal data of ${districtId}'s people needs a token scoped to ${districtId}, or the city's`, {
      district: districtId,
    });
  }
}
