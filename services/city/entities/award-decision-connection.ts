import { connectionType } from '../../core/connections';
import { AwardDecision } from './award-decision';

export const AwardDecisionConnection = connectionType(AwardDecision, 'AwardDecision', 'award decisions');
