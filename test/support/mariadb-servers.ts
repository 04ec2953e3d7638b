import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from './restartable';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';

/** A MariaDB server a test started for itself, reached as root without a password. */
export interface MariadbServer {
  /** `mysql://root@127.0.0.1:<port>`: add `/<database>`. */
  url: string;
  port: number;
  /** Runs one statement on its own connection. */
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

/** Servers started by a test: `stop` ends every one and removes their files, whatever state they are in. */
export interface MariadbServers {
  /** A binary-logging primary (ROW format) and a replica of it by GTID, replicating everything from the start. */
  startReplicated(): Promise<{ primary: MariadbServer; replica: MariadbServer }>;
  stop(): Promise<void>;
}

const run = promisify(execFile);
// mariadbd and mariadb-install-db live in sbin, which a user's PATH may lack.
const PATH = `${process.env.PATH ?? ''}:/usr/sbin:/usr/local/sbin`;
// The server refuses to run as root unless told to.
const AS_ROOT = process.getuid?.() === 0 ? ['--user=root'] : [];

export function mariadbServers(): MariadbServers {
  // Made when a server starts: a suite that is skipped still calls this while it collects its tests.
  let folder: string | undefined;
  const running: Array<{ child: ChildProcess; ended: Promise<string> }> = [];

  async function start(under: string, name: string, serverId: number, extra: string[]): Promise<MariadbServer> {
    const datadir = path.join(under, name);
    // A folder of its own for temporary tables: a server starting clears the ones it finds in its
    // tmpdir, and /tmp is every other server's too (the other of the pair, the machine's own).
    const tmpdir = path.join(under, `${name}-tmp`);
    fs.mkdirSync(tmpdir);
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, `--tmpdir=${tmpdir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...AS_ROOT], {
      env: { ...process.env, PATH },
    });
    const port = await freePort();
    const errorLog = path.join(under, `${name}.err`);
    const child = spawn(
      'mariadbd',
      [
        '--no-defaults',
        ...AS_ROOT,
        `--datadir=${datadir}`,
        `--tmpdir=${tmpdir}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(under, `${name}.sock`)}`,
        `--pid-file=${path.join(under, `${name}.pid`)}`,
        `--log-error=${errorLog}`,
        `--server-id=${serverId}`,
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=32M',
        ...extra,
      ],
      { env: { ...process.env, PATH }, stdio: 'ignore' },
    );
    const ended = new Promise<string>((resolve) => {
      child.once('exit', (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
      child.once('error', (error) => resolve(`did not start: ${error.message}`));
    });
    running.push({ child, ended });
    const url = `mysql://root@127.0.0.1:${port}`;
    const server: MariadbServer = {
      url,
      port,
      async query(sql, parameters = []) {
        const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 2000 });
        try {
          return (await connection.query(sql, parameters))[0] as any[];
        } finally {
          await connection.end();
        }
      },
    };
    let end: string | undefined;
    void ended.then((how) => (end = how));
    for (const until = Date.now() + 30_000; ; await sleep(100)) {
      if (end) throw new Error(`mariadbd ${name} ${end}:\n${fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8').slice(-2000) : ''}`);
      try {
        await server.query('SELECT 1');
        return server;
      } catch (error) {
        if (Date.now() > until) throw new Error(`mariadbd ${name} did not answer on port ${port} in 30 s: ${(error as Error).message}`);
      }
    }
  }

  return {
    async startReplicated() {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'emulation-graph-mariadb-'));
      const [primary, replica] = await Promise.all([
        start(folder, 'primary', 1, ['--log-bin=binlog', '--binlog-format=ROW']),
        start(folder, 'replica', 2, ['--read-only']),
      ]);
      await replica.query(
        `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primary.port}, MASTER_USER = 'root', MASTER_PASSWORD = '', MASTER_USE_GTID = slave_pos`,
      );
      await replica.query('START SLAVE');
      return { primary, replica };
    },
    async stop() {
      await Promise.all(running.map(stopProcess));
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Waits until the replica has applied everything the primary has logged so far. */
export async function caughtUp(primary: MariadbServer, replica: MariadbServer, timeoutS = 30): Promise<void> {
  const [{ position }] = await primary.query<{ position: string }>('SELECT @@gtid_binlog_pos AS position');
  const [{ waited }] = await replica.query<{ waited: number }>('SELECT MASTER_GTID_WAIT(?, ?) AS waited', [position, timeoutS]);
  if (Number(waited) !== 0) throw new Error(`the replica did not reach the primary's ${position} in ${timeoutS} s`);
}

async function stopProcess({ child, ended }: { child: ChildProcess; ended: Promise<string> }): Promise<void> {
  child.kill('SIGTERM');
  const killed = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await ended;
  clearTimeout(killed);
}
