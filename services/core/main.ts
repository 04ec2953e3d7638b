import { loadConfig, loadEnvFile, type Config } from './config';
import type { RunningService } from './http';
import { createLogger } from './logger';

// A stop ends within config.shutdownTimeoutMs, a stuck pool included (serveGraphQL's stop); past this
// much more, something else hangs, and the process gives up with exit code 1.
const CLOSE_MARGIN_MS = 5000;

/**
 * Runs one service as its own process: reads the configuration (`.env` first), starts it, and stops
 * it cleanly on SIGINT or SIGTERM: it stops accepting connections, lets requests in flight finish
 * (within SHUTDOWN_TIMEOUT_MS), closes its database pools (within what remains of it: a pool stuck on
 * a silent database is left behind, with a warning), then exits 0.
 */
export function runService<S extends RunningService>(
  name: string,
  start: (config: Config) => Promise<S>,
  started?: (service: S) => void,
): void {
  let service: S | undefined;
  let stopping = false;
  loadEnvFile();
  const config = loadConfig();
  const log = createLogger(name, config.logLevel);
  // Ctrl-C under `npm start` reaches a service twice: SIGINT from the terminal, SIGTERM from the launcher.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // A stop that hangs (a pool that never closes) must not keep an orchestrator waiting forever.
    setTimeout(() => {
      log.error(`did not stop within ${config.shutdownTimeoutMs + CLOSE_MARGIN_MS} ms: exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs + CLOSE_MARGIN_MS).unref();
    try {
      await service?.stop();
    } catch (error) {
      log.error({ err: error }, 'stopping failed');
      process.exit(1);
    }
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  start(config)
    .then((running) => {
      service = running;
      started?.(running);
      log.info({ url: running.url }, `ready at ${running.url} as pid ${process.pid}`);
    })
    .catch((error: Error) => {
      log.fatal({ err: error }, 'failed to start');
      process.exit(1);
    });
}
