import { connectionType } from '../../core/connections';
import { Award } from './award';

export const AwardConnection = connectionType(Award, 'Award', 'city-level and national awards');
