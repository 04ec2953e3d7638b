import mysql from 'mysql2/promise';
import { parseMysqlUrl } from '../../services/core/data-source';

/** The server the MySQL suites run on; each run makes its own databases there and drops them after. */
export const TEST_MYSQL_URL = (process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');

/** A connection to the test server itself, not to one of the services' databases. */
export function adminConnection(): Promise<mysql.Connection> {
  return mysql.createConnection({ ...parseMysqlUrl(`${TEST_MYSQL_URL}/mysql`), connectTimeout: 3000 });
}
