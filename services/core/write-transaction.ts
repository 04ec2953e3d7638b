import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { graphError } from './errors';
import { databaseRefusal, duplicateConflict, isDuplicate, isRetryable } from './write-errors';
import { isSingleConnection, serializeWrites } from './write-serializer';

/** How many times a write runs at most when the database asks it to run again. */
export const WRITE_ATTEMPTS = 3;

/**
 * One write's transaction, made safe against the writes that run beside it:
 * - on the embedded database (one connection) write transactions run one at a time;
 * - on MariaDB/MySQL they read at READ COMMITTED, so a check made after taking its lock sees what
 *   the write that held the lock before committed, and the whole transaction runs again, after a
 *   short random pause, when the server broke a deadlock or a lock wait timed out;
 * - a unique index that refused a row runs it again too: the write's own checks then see the row
 *   that came first and answer their CONFLICT in their words; if the index still refuses, it is a
 *   CONFLICT naming the entity and fields. A trigger's refusal answers its code. No driver text
 *   reaches the client.
 * The errors answered here come from inside the transaction, which was rolled back: the write was
 * not committed. (Only a connection lost during COMMIT leaves the outcome unknown; an idempotency
 * key lets the client learn it.)
 */
export function writeTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (isSingleConnection(db)) return serializeWrites(db, () => attempt(db, work, 1));
  return attempt(db, work, 1);
}

async function attempt<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>, number: number): Promise<T> {
  const serialized = isSingleConnection(db);
  try {
    return serialized ? await db.transaction(work) : await db.transaction('READ COMMITTED', work);
  } catch (error) {
    // Run one at a time, a write sees every write before it: running it again would change nothing.
    if (!serialized && (isRetryable(error) || isDuplicate(error)) && number < WRITE_ATTEMPTS) {
      // Jittered, so that writes that collided once do not collide again in step.
      await sleep(Math.random() * 20 * number);
      return attempt(db, work, number + 1);
    }
    if (isDuplicate(error)) throw duplicateConflict(db, error);
    if (isRetryable(error)) throw graphError('CONFLICT', `the write met concurrent writes ${WRITE_ATTEMPTS} times and was not made: send it again`);
    throw databaseRefusal(error) ?? error;
  }
}
