import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import { parseMysqlUrl } from '../../services/core/data-source';
import { adminConnection, TEST_MYSQL_URL } from './mysql';

export type DatabaseUrls = Record<SubgraphName, string>;

/** Set by the global setup when MariaDB cannot be reached outside CI (in CI that fails the run instead). */
export const mysqlUnavailable = process.env.TEST_MYSQL_UNAVAILABLE;

/** `describe` for suites that need MariaDB/MySQL: skipped, loudly, where there is none outside CI. */
export const describeOnMysql = mysqlUnavailable ? describe.skip : describe;

export interface TestDatabases {
  kind: 'embedded' | 'mysql';
  urls: DatabaseUrls;
  drop(): Promise<void>;
}

/** Fresh embedded databases: files in a temporary folder, as `npm start` uses them. */
export function embeddedDatabases(): TestDatabases {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'emulation-graph-'));
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `sqlite:${path.join(folder, `${name}.sqlite`)}`])) as DatabaseUrls;
  return { kind: 'embedded', urls, drop: async () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** Fresh MySQL databases with a name of their own (the services create them on first open). */
export function mysqlDatabases(label: string): TestDatabases {
  const run = `eg_${label}_${process.pid}_${Date.now().toString(36)}`;
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `${TEST_MYSQL_URL}/${run}_${name}`])) as DatabaseUrls;
  return {
    kind: 'mysql',
    urls,
    async drop() {
      const connection = await adminConnection();
      try {
        for (const url of Object.values(urls)) await connection.query(`DROP DATABASE IF EXISTS \`${parseMysqlUrl(url).database}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

/** The suites every database-backed test runs on: the embedded default and MariaDB/MySQL. */
export const DATABASES: Array<[name: string, make: (label: string) => TestDatabases, describeFn: jest.Describe]> = [
  ['embedded SQLite', () => embeddedDatabases(), describe],
  ['MariaDB', mysqlDatabases, describeOnMysql],
];
