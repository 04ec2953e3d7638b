import { ConfigError } from '../services/core/config';
import { createLogger } from '../services/core/logger';
import { runService } from '../services/core/main';
import { startBalancer } from './balancer';

runService('balancer', async (config) => {
  if (!config.balancer.targets.length) throw new ConfigError("the balancer needs BALANCER_TARGETS: the gateways' URLs, comma-separated");
  return startBalancer({
    port: config.balancer.port,
    targets: config.balancer.targets,
    bodyLimit: config.gateway.limits.bodyBytes,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    log: createLogger('balancer', config.logLevel),
  });
});
