import { assertClusterAdmin } from '../core/authorization';
import { assertReferences } from '../core/references';
import type { ClusterContext } from './context';

/**
 * Refuses a cluster write that names a district the graph does not know (NOT_FOUND), after the
 * cluster's admin is recognized: an anonymous caller learns nothing about ids and costs no lookup.
 */
export async function assertDistrictsKnown(context: ClusterContext, clusterId: string, named: Array<{ districtId: string; field: string }>): Promise<void> {
  assertClusterAdmin(context.viewer, clusterId);
  await assertReferences(
    context,
    named.map(({ districtId, field }) => ({ kind: 'District' as const, id: districtId, districtId, field })),
  );
}

