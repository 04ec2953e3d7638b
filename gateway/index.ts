import { runService } from '../services/core/main';
import { startGateway } from './gateway';

runService('gateway', (config) => startGateway(config));
