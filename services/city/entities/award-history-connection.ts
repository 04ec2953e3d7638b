import { connectionType } from '../../core/connections';
import { AwardRecord } from './award-record';

export const AwardHistoryConnection = connectionType(AwardRecord, 'AwardHistory', 'award history records');
