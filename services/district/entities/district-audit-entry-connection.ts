import { AuditEntry } from '../../core/audit';
import { connectionType } from '../../core/connections';

/** A page of a district's audit log, oldest entry first. */
export const DistrictAuditEntryConnection = connectionType(AuditEntry, 'DistrictAuditEntry', 'audit entries of a district');
