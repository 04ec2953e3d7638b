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

async function optionsFor(dbUrl: string, storage: Storage): Promise<DataSourceOptions> {
  // Schemas come from migrations only, never from synchronize: production changes by reviewed migrations.
  const common = { ...storage, synchronize: false, migrationsRun: true } as const;
  if (isEmbedded(dbUrl)) {
    const file = dbUrl.slice('sqlite:'.length);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return { ...common, type: 'better-sqlite3', database: file };
  }
  const { user, ...target } = parseMysqlUrl(dbUrl);
  const type = await prepareMysqlDatabase({ user, ...target });
  return { ...common, type, ...target, username: user, charset: 'utf8mb4_unicode_ci' };
}

/** The one DataSource factory: opens a subgraph's database and brings its schema up to date. */
export async function openDataSource(dbUrl: string, storage: Storage): Promise<DataSource> {
  const dataSource = new DataSource(await optionsFor(dbUrl, storage));
  try {
    return await dataSource.initialize();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw new Error(`cannot open ${redact(dbUrl)}: ${(error as Error).message}`, { cause: error });
  }
}
