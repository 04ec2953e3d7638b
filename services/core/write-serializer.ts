import type { DataSource } from 'typeorm';

/**
 * The embedded database is one connection: TypeORM turns a second transaction opened on it into a
 * savepoint of the first, so two writes would commit or fail together. Its writes run one after
 * another instead, in the order they came; a failed one does not hold up the next.
 */
const tails = new WeakMap<DataSource, Promise<unknown>>();

export function isSingleConnection(db: DataSource): boolean {
  return db.options.type === 'better-sqlite3';
}

export function serializeWrites<T>(db: DataSource, write: () => Promise<T>): Promise<T> {
  const previous = tails.get(db) ?? Promise.resolve();
  const run = previous.then(write, write);
  tails.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}
