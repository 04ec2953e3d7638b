import { connectionType } from '../../core/connections';
import { LocalAward } from './local-award';

export const LocalAwardConnection = connectionType(LocalAward, 'LocalAward', 'titles and forms the district conferred');
