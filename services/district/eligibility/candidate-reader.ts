import { Role, type Viewer } from '../../core/auth';
import { requireViewer } from '../../core/authorization';
import { graphError } from '../../core/errors';

/**
 * Who may list a district's eligible candidates, evidence and all: a DISTRICT_OFFICER of that
 * district, or the CITY_ADMIN (any district). The list holds the people's ratings and disciplines.
 */
export function assertCandidateReader(viewer: Viewer | null, districtId: string): void {
  const caller = requireViewer(viewer);
  if (caller.role === Role.CITY_ADMIN || (caller.role === Role.DISTRICT_OFFICER && caller.district === districtId)) return;
  const scope = caller.district ?? caller.cluster;
  throw graphError('FORBIDDEN', `only a DISTRICT_OFFICER of ${districtId} or a CITY_ADMIN may list its eligible candidates; the token is a ${caller.role}${scope ? ` of ${scope}` : ''}`, {
    district: districtId,
  });
}
