import { runService } from '../services/core/main';
import { startGateway } from './gateway';

runService('gateway', (config) => startGateway(config), (gateway) => {
  // SIGHUP reloads the supergraph file: for a file whose change the folder's watch cannot see (a mount).
  process.on('SIGHUP', () => gateway.reload('SIGHUP'));
});
