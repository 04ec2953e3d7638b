import { adminConnection, TEST_MYSQL_URL } from './mysql';

/**
 * Probes MariaDB once for the whole run. In CI a missing database fails the run; elsewhere its
 * suites are skipped, and the run says so loudly.
 */
export default async function globalSetup(): Promise<void> {
  // Names this run for the test files' workers: buildDist builds dist/ once a run.
  process.env.TEST_RUN_ID = `${process.pid}-${Date.now()}`;
  try {
    const connection = await adminConnection();
    await connection.end();
  } catch (error) {
    const reason = `MariaDB/MySQL at ${TEST_MYSQL_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${reason}; CI requires it`);
    process.env.TEST_MYSQL_UNAVAILABLE = reason;
    console.warn(`\n${'!'.repeat(78)}\n!! ${reason}.\n!! The MySQL suites are SKIPPED. Start MariaDB or set TEST_MYSQL_URL to run them.\n${'!'.repeat(78)}\n`);
  }
}
