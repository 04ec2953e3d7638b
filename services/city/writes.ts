import { auditedWrite, cityScope, type AuditedWrite } from '../core/audit';
import { assertCityAdmin } from '../core/authorization';
import type { CityContext } from './context';

/** The one way a city mutation writes: only the city admin, in one audited transaction under the city's scope. */
export function cityWrite<T>(context: CityContext, operation: string, work: (write: AuditedWrite) => Promise<T>): Promise<T> {
  assertCityAdmin(context.viewer);
  return auditedWrite(context, operation, cityScope(), work);
}
