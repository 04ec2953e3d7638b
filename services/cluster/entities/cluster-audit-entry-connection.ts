import { AuditEntry } from '../../core/audit';
import { connectionType } from '../../core/connections';

export const ClusterAuditEntryConnection = connectionType(AuditEntry, 'ClusterAuditEntry', "the audit entries of a cluster's writes");
