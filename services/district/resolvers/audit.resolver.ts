import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertAuditReader, districtScope, type AuditEntry } from '../../core/audit';
import { PageArgs, type Connection } from '../../core/connections';
import type { DistrictContext } from '../context';
import { DistrictAuditEntryConnection } from '../entities/district-audit-entry-connection';

@Resolver()
export class AuditResolver {
  @Query(() => DistrictAuditEntryConnection, {
    nullable: true,
    description: "The rows a district's writes changed, oldest first: for the district's officers and the city admin",
  })
  districtAuditLog(
    @Arg('district', () => ID, { description: 'The district, e.g. ba-dinh' }) district: string,
    @Args() page: PageArgs,
    @Ctx() { viewer, loaders }: DistrictContext,
  ): Promise<Connection<AuditEntry>> {
    const scope = districtScope(district);
    assertAuditReader(viewer, scope);
    return loaders.auditLogOfScope.load({ scope }, page);
  }
}
