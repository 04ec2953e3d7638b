import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, type DataSourceOptions, type EntitySchema, type Logger, type MixedList } from 'typeorm';
import { isEmbedded } from './config';

export interface Storage {
  entities: MixedList<Function | string | EntitySchema>;
  /** Migration classes in order; the same migrations build MySQL and the embedded database. */
  migrations: MixedList<Function | string>;
  /** Sees every SQL statement (tests count them); TypeORM's quiet default otherwise. */
  logger?: Logger;
}

interface MysqlTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export function parseMysqlUrl(dbUrl: string): MysqlTarget {
  const url = new URL(dbUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`the database URL ${redact(dbUrl)} names no database (mysql://user@host:3306/DATABASE)`);
  return {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
  };
}

const REPLICA_REST_MS = 5000;

function credentialsOf(dbUrl: string) {
  const { user, ...target } = parseMysqlUrl(dbUrl);
  return { ...target, username: user };
}

/** The URL without its password, for log lines and error messages. */
export function redact(dbUrl: string): string {
  return dbUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * A subgraph's own database may not exist yet on a fresh server: make it, in utf8mb4 so that
 * Vietnamese text and anything else users type is stored exactly. Answers which server it is:
 * TypeORM reads MariaDB's column defaults right only when told.
 */
async function prepareMysqlDatabase(target: MysqlTarget): Promise<'mysql' | 'mariadb'> {
  const connection = await mysql.createConnection({ ...target, database: undefined });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as Array<{ version: string }>)[0].version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

async function optionsFor(dbUrl: string, storage: Storage, readUrls: string[]): Promise<DataSourceOptions> {
  // Schemas come from migrations only, never from synchronize: production changes by reviewed migrations.
  const common = { ...storage, synchronize: false, migrationsRun: true } as const;
  if (isEmbedded(dbUrl)) {
    const file = dbUrl.slice('sqlite:'.length);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return { ...common, type: 'better-sqlite3', database: file };
  }
  const type = await prepareMysqlDatabase(parseMysqlUrl(dbUrl));
  const primary = credentialsOf(dbUrl);
  // SELECTs outside a transaction go to a replica, taken in turn; writes, transactions, raw queries
  // and migrations to the primary. A replica that failed five times in a row sits out
  // REPLICA_REST_MS (mysql2 would drop it for good), while the others serve.
  const servers =
    readUrls.length === 0 ? primary : { replication: { master: primary, slaves: readUrls.map(credentialsOf), selector: 'RR', restoreNodeTimeout: REPLICA_REST_MS } as const };
  return { ...common, type, charset: 'utf8mb4_unicode_ci', ...servers };
}

/**
 * The one DataSource factory: opens a subgraph's database and brings its schema up to date. With
 * `readUrls` (replicas of a MySQL/MariaDB primary), reads go to them: see primaryReads for the
 * requests that must read the primary.
 */
export async function openDataSource(dbUrl: string, storage: Storage, readUrls: string[] = []): Promise<DataSource> {
  const dataSource = new DataSource(await optionsFor(dbUrl, storage, readUrls));
  try {
    await dataSource.initialize();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw new Error(`cannot open ${redact(dbUrl)}: ${(error as Error).message}`, { cause: error });
  }
  // The pools reach a replica only when a read needs one: a wrong URL is told now, not at the first query.
  const replicas = await replicaHealth(dataSource);
  const down = replicas.findIndex((replica) => replica !== 'up');
  if (down >= 0) {
    await dataSource.destroy();
    throw new Error(`cannot reach the replica ${redact(readUrls[down])} of ${redact(dbUrl)}: ${replicas[down]}`);
  }
  return dataSource;
}

export function isReplicated(db: DataSource): boolean {
  return 'replication' in db.options && db.options.replication !== undefined;
}

/**
 * The same database, its reads on the primary: for a request that must see a write it (or its
 * caller, just before) made, which a replica may not have applied yet. It shares the pools; only
 * where a SELECT outside a transaction goes differs (TypeORM asks defaultReplicationModeForReads).
 */
export function primaryReads(db: DataSource): DataSource {
  if (!isReplicated(db)) return db;
  const view: DataSource = Object.create(db);
  view.defaultReplicationModeForReads = () => 'master';
  // Repositories and query builders reach their DataSource through the manager.
  Object.defineProperty(view, 'manager', { value: view.createEntityManager() });
  return view;
}

// What TypeORM's MysqlDriver keeps of mysql2's pool cluster: its replicas are the nodes SLAVE0, SLAVE1, …
interface PoolCluster {
  of(node: string): { query(sql: string, callback: (error: Error | null) => void): void };
}

/** `SELECT 1` on each replica, in the order of its URL: 'up', or why not. */
export async function replicaHealth(db: DataSource): Promise<string[]> {
  if (!isReplicated(db)) return [];
  const cluster = (db.driver as unknown as { poolCluster: PoolCluster }).poolCluster;
  const replicas = (db.options as { replication: { slaves: unknown[] } }).replication.slaves;
  return Promise.all(
    replicas.map(
      (_, index) =>
        new Promise<string>((resolve) => cluster.of(`SLAVE${index}`).query('SELECT 1', (error) => resolve(error ? error.message : 'up'))),
    ),
  );
}
