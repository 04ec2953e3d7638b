import { graphError } from '../core/errors';
import { askGraph } from '../core/graph-query';
import type { CityContext } from './context';

/** A nomination of a cluster's honouring vote (suy tôn), as the cluster subgraph answers it, with its district's name. */
export interface ClusterNomination {
  id: string;
  year: number;
  awardType: { code: string };
  district: { id: string; name: string };
  votePercent: number | null;
}

interface NominationsAnswer {
  cluster: { nominations: ClusterNomination[] } | null;
}

/**
 * A cluster-year's nominations, asked of the graph (the cluster owns them, the district names the
 * districts), before the write's transaction. NOT_FOUND for a cluster the graph does not know;
 * REFERENCE_UNVERIFIED when it cannot answer.
 */
export async function clusterNominations(context: CityContext, clusterId: string, year: number): Promise<ClusterNomination[]> {
  const data = (await askGraph(context, {
    operationName: 'ClusterNominations',
    query: 'query ClusterNominations($cluster: ID!, $year: Int!) { cluster(id: $cluster) { nominations(year: $year) { id year awardType { code } district { id name } votePercent } } }',
    variables: { cluster: clusterId, year },
    unverified: (reason, details = {}) =>
      graphError('REFERENCE_UNVERIFIED', `cluster ${clusterId}'s ${year} nominations could not be read: ${reason}; nothing was written, try again later`, { field: 'clusterId', ...details }),
  })) as unknown as NominationsAnswer;
  if (!data.cluster) throw graphError('NOT_FOUND', `there is no cluster ${clusterId}`, { field: 'clusterId', id: clusterId });
  return data.cluster.nominations;
}
