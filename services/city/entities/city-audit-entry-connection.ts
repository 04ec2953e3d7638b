import { AuditEntry } from '../../core/audit';
import { connectionType } from '../../core/connections';

export const CityAuditEntryConnection = connectionType(AuditEntry, 'CityAuditEntry', "the city's audit entries");
