import pino, { type DestinationStream, type Logger } from 'pino';

export type { DestinationStream, Logger };

/**
 * A service's logger: one JSON line per event on stdout (or `destination`, where tests read them),
 * each naming the service, so that the lines of every service can share one log pipeline.
 */
export function createLogger(service: string, level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // The service name replaces pino's pid and hostname: the orchestrator records where a line came from.
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Levels by name ("level":"info"): what log pipelines and people grep for.
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
