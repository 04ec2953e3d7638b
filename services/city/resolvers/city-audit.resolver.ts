import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { assertAuditReader, cityScope, type AuditEntry } from '../../core/audit';
import { PageArgs, type Connection } from '../../core/connections';
import type { CityContext } from '../context';
import { CityAuditEntryConnection } from '../entities/city-audit-entry-connection';

@Resolver()
export class CityAuditResolver {
  @Query(() => CityAuditEntryConnection, { nullable: true, description: "Every row the city's writes changed, oldest first: for the city admin" })
  cityAuditLog(@Args() page: PageArgs, @Ctx() { viewer, loaders }: CityContext): Promise<Connection<AuditEntry>> {
    assertAuditReader(viewer, cityScope());
    return loaders.auditOfScope.load({ scope: cityScope() }, page);
  }
}
