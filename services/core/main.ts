import { loadConfig, type Config } from './config';
import type { RunningService } from './http';

/**
 * Runs one service as its own process: reads the configuration, starts it, and stops it cleanly
 * on SIGINT or SIGTERM (in-flight requests finish, database pools close).
 */
export function runService(name: string, start: (config: Config) => Promise<RunningService>): void {
  let service: RunningService | undefined;
  let stopping = false;
  // Ctrl-C under `npm start` reaches a service twice: SIGINT from the terminal, SIGTERM from the launcher.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[${name}] ${signal}: stopping`);
    await service?.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  start(loadConfig())
    .then((running) => {
      service = running;
      console.log(`[${name}] ready at ${running.url}`);
    })
    .catch((error: Error) => {
      console.error(`[${name}] failed to start: ${error.message}`);
      process.exit(1);
    });
}
