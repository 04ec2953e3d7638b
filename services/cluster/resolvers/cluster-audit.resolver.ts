import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertAuditReader, clusterScope, type AuditEntry } from '../../core/audit';
import { PageArgs, type Connection } from '../../core/connections';
import type { ClusterContext } from '../context';
import { ClusterAuditEntryConnection } from '../entities/cluster-audit-entry-connection';

@Resolver()
export class ClusterAuditResolver {
  @Query(() => ClusterAuditEntryConnection, {
    nullable: true,
    description: "Every row a cluster's writes changed, oldest first: for the cluster's CLUSTER_ADMIN and the CITY_ADMIN",
  })
  clusterAuditLog(
    @Arg('cluster', () => ID, { description: 'The cluster, e.g. III' }) cluster: string,
    @Args() page: PageArgs,
    @Ctx() { viewer, loaders }: ClusterContext,
  ): Promise<Connection<AuditEntry>> {
    const scope = clusterScope(cluster);
    assertAuditReader(viewer, scope);
    return loaders.auditOfScope.load({ scope }, page);
  }
}
