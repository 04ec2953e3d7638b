import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { graphError, type ErrorCode } from './errors';

/** What the driver says about a failed statement (mysql2 and better-sqlite3 alike), when it is one. */
interface DriverFailure {
  errno?: number;
  code?: string;
  message?: string;
  sqlMessage?: string;
}

function driverFailure(error: unknown): DriverFailure | null {
  if (!(error instanceof Error) || error instanceof GraphQLError) return null;
  const failure = (error as { driverError?: DriverFailure }).driverError ?? (error as DriverFailure);
  return failure.code || failure.errno ? failure : null;
}

// MariaDB/MySQL: a deadlock (1213, the transaction was rolled back), a lock wait that timed out
// (1205), a row changed since a snapshot read it (1020). Each is cured by running the whole write again.
const RETRYABLE = new Set([1213, 1205, 1020]);

export function isRetryable(error: unknown): boolean {
  const failure = driverFailure(error);
  return failure?.errno !== undefined && RETRYABLE.has(failure.errno);
}

/** A unique index or primary key refused a row: another write recorded the same thing first. */
export function isDuplicate(error: unknown): boolean {
  const failure = driverFailure(error);
  return failure?.errno === 1062 || failure?.code === 'SQLITE_CONSTRAINT_UNIQUE' || failure?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** The table the failed statement wrote, from its SQL: MariaDB names only the key, not its table. */
function tableOf(error: unknown): string | undefined {
  const query = (error as { query?: string }).query ?? '';
  return /^\s*(?:INSERT(?:\s+IGNORE)?\s+INTO|UPDATE)\s+[`"]?(\w+)/i.exec(query)?.[1];
}

/**
 * The CONFLICT a unique violation answers, in the graph's words: the entity and the fields that
 * must be unique (from the entity metadata), never the driver's text, which quotes the values.
 */
export function duplicateConflict(db: DataSource, error: unknown): GraphQLError {
  const failure = driverFailure(error)!;
  const text = failure.sqlMessage ?? failure.message ?? '';
  const metadata = db.entityMetadatas.find((candidate) => candidate.tableName === tableOf(error));
  if (!metadata) return graphError('CONFLICT', 'another write recorded the same thing first');
  // MariaDB names the index ("for key 'uq_…'", or PRIMARY); SQLite lists its columns ("award.year, …").
  const key = /for key '(?:\w+\.)?(\w+)'/.exec(text)?.[1];
  const columns = /failed: (.+)$/.exec(text)?.[1].split(', ').map((column) => column.replace(/^\w+\./, ''));
  const index = metadata.indices.find((candidate) => candidate.isUnique && (candidate.name === key || sameColumns(candidate.columns.map((column) => column.databaseName), columns)));
  const fields = (index ? index.columns : metadata.primaryColumns).map((column) => column.propertyName);
  const named = fields.length > 1 ? `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}` : fields[0];
  return graphError('CONFLICT', `${metadata.name}: another write recorded one with the same ${named} first`, { entity: metadata.name, fields });
}

function sameColumns(a: string[], b: string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((column) => b.includes(column));
}

/**
 * A refusal the database raises itself (a trigger's SIGNAL on MariaDB, RAISE(ABORT) on SQLite) with
 * a message written by a migration as `CODE: sentence`, e.g. the finalized year's lock: answered as that code.
 */
export function databaseRefusal(error: unknown): GraphQLError | null {
  const failure = driverFailure(error);
  if (!failure || !(failure.errno === 1644 || failure.code === 'SQLITE_CONSTRAINT_TRIGGER')) return null;
  const match = /^([A-Z_]+): (.+)$/.exec(failure.sqlMessage ?? failure.message ?? '');
  return match ? graphError(match[1] as ErrorCode, match[2]) : null;
}
