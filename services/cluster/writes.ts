import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { auditedWrite, clusterScope, type AuditedWrite } from '../core/audit';
import { assertClusterAdmin } from '../core/authorization';
import { graphError } from '../core/errors';
import { cacheKey } from '../core/loaders';
import { lockRows } from '../core/locks';
import type { ClusterContext } from './context';
import { Cluster } from './entities/cluster';
import { ClusterYear } from './entities/cluster-year';

/**
 * The one way a cluster mutation writes: only the cluster's own admin, only an existing cluster,
 * in one audited transaction under the cluster's scope. The cluster's row stays locked until the
 * write commits: a cluster's writes run one after another, so no score lands beside the
 * finalization of its year, and no check reads what a concurrent write of the cluster is changing.
 */
export function clusterWrite<T>(
  context: ClusterContext,
  operation: string,
  clusterId: string,
  work: (write: AuditedWrite) => Promise<T>,
): Promise<T> {
  assertClusterAdmin(context.viewer, clusterId);
  return auditedWrite(context, operation, clusterScope(clusterId), async (write) => {
    if (!(await lockRows(write.manager, Cluster, { id: clusterId })).length) {
      throw graphError('NOT_FOUND', `there is no cluster ${clusterId}`, { field: 'clusterId' });
    }
    return work(write);
  });
}

/** Refuses a change to a year finalizeYear closed. */
export async function assertYearOpen(manager: EntityManager, clusterId: string, year: number): Promise<void> {
  if (await manager.existsBy(ClusterYear, { clusterId, year })) {
    throw graphError('YEAR_FINAL', `cluster ${clusterId}'s ${year} is final: its scores, table and membership are locked`, { cluster: clusterId, year });
  }
}

/** Refuses a list that names the same thing twice. */
export function assertDistinct(values: string[], field: string): void {
  const twice = values.find((value, index) => values.indexOf(value) !== index);
  if (twice !== undefined) throw graphError('BAD_USER_INPUT', `${field} names ${twice} twice`, { field });
}

/**
 * Makes `after` the rows where `before` were, by primary key: deletes the rows `after` leaves out,
 * updates those it keeps, inserts the new ones, and records each in the audit.
 */
export async function replaceRows<T extends ObjectLiteral>({ manager, record }: AuditedWrite, entity: EntityTarget<T>, before: T[], after: T[]): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const keyOf = (row: T) => metadata.getEntityIdMap(row) as FindOptionsWhere<T>;
  const labelOf = (row: T) => Object.values(keyOf(row)).join('/');
  const kept = new Set(after.map((row) => cacheKey(keyOf(row))));
  const previous = new Map(before.map((row) => [cacheKey(keyOf(row)), row]));
  for (const row of before.filter((old) => !kept.has(cacheKey(keyOf(old))))) {
    await manager.delete(entity, keyOf(row));
    record(metadata.name, labelOf(row), row, null);
  }
  for (const row of after) {
    const old = previous.get(cacheKey(keyOf(row))) ?? null;
    if (old) await manager.update(entity, keyOf(row), row as QueryDeepPartialEntity<T>);
    else await manager.insert(entity, row as QueryDeepPartialEntity<T>);
    record(metadata.name, labelOf(row), old, row);
  }
}
