import Redis from 'ioredis';
import type { SharedStateConfig } from './config';

/**
 * A connection to the Redis that instances share (REDIS_URL). A command fails at once while Redis is
 * away, rather than queuing: a request then goes on without the cache, it does not wait for Redis.
 */
export function openRedis(shared: SharedStateConfig): Redis {
  return new Redis(shared.url, {
    keyPrefix: shared.keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    // Reconnects in the background, at most a second apart.
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  });
}

/** Waits for the connection, so that a service does not start on a REDIS_URL that does not answer. */
export async function connectedRedis(shared: SharedStateConfig): Promise<Redis> {
  const redis = openRedis(shared);
  try {
    await new Promise<void>((resolve, reject) => {
      redis.once('ready', resolve);
      redis.once('error', reject);
    });
  } catch (error) {
    redis.disconnect();
    throw new Error(`cannot reach Redis at ${redactRedis(shared.url)}: ${(error as Error).message}`, { cause: error });
  }
  // After the first connection, errors are met by the commands that fail; the client reconnects.
  redis.on('error', () => undefined);
  return redis;
}

function redactRedis(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
