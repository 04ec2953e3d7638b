import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { citySubgraph } from '../../services/city/subgraph';
import { AwardDecision } from '../../services/city/entities/award-decision';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { ClusterMembership, ClusterRole } from '../../services/cluster/entities/cluster-membership';
import { auditedWrite, type AuditedWrite } from '../../services/core/audit';
import { Role } from '../../services/core/auth';
import { lockRows, WriteLock } from '../../services/core/locks';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';

// The one write path under concurrency, on each database: writes whose transactions overlap in
// time (each pauses inside its transaction, as a write that waits on the network would).
const context = (db: DataSource) => ({ db, viewer: { subject: 'tester', role: Role.CITY_ADMIN, district: null, cluster: null }, requestId: 'write-transaction-test' });
const write = <T>(db: DataSource, work: (write: AuditedWrite) => Promise<T>) => auditedWrite(context(db), 'test', 'city', work);

async function codeOf(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return { code: (error as GraphQLError).extensions.code, message: (error as GraphQLError).message };
}

describe.each(DATABASES)('the write path on %s', (_name, makeDatabases, describeOn) => {
  describeOn('auditedWrite beside other writes', () => {
    let databases: TestDatabases;
    let city: DataSource;
    let cluster: DataSource;
    beforeAll(async () => {
      databases = makeDatabases('write_path');
      city = await openSubgraphDatabase(citySubgraph, databases.urls.city);
      cluster = await openSubgraphDatabase(clusterSubgraph, databases.urls.cluster);
    }, 60000);
    afterAll(async () => {
      await city?.destroy();
      await cluster?.destroy();
      await databases?.drop();
    });

    test('a write that fails takes nothing of an overlapping write with it', async () => {
      const failing = write(city, async ({ manager, record }) => {
        await manager.insert(WriteLock, { name: 'overlap-failed' });
        record('WriteLock', 'overlap-failed', null, {});
        await sleep(100);
        throw new Error('the first write fails after the second began');
      });
      await sleep(20);
      const committed = write(city, async ({ manager, record }) => {
        await manager.insert(WriteLock, { name: 'overlap-committed' });
        record('WriteLock', 'overlap-committed', null, {});
        return 'committed';
      });
      await expect(failing).rejects.toThrow('the first write fails');
      await expect(committed).resolves.toBe('committed');
      expect((await city.getRepository(WriteLock).find({ where: [{ name: 'overlap-failed' }, { name: 'overlap-committed' }] })).map((row) => row.name)).toEqual([
        'overlap-committed',
      ]);
    });

    test('two writes locking the same rows in opposite order both commit: a deadlock is run again', async () => {
      await city.getRepository(WriteLock).insert([{ name: 'left' }, { name: 'right' }]);
      let runs = 0;
      const crossing = (first: string, second: string) =>
        write(city, async ({ manager, record }) => {
          runs += 1;
          await lockRows(manager, WriteLock, { name: first });
          await sleep(150);
          await lockRows(manager, WriteLock, { name: second });
          record('WriteLock', first, null, {});
          return first;
        });
      await expect(Promise.all([crossing('left', 'right'), crossing('right', 'left')])).resolves.toEqual(['left', 'right']);
      // MariaDB broke the deadlock by rolling one back, and it ran again; SQLite ran them one after the other.
      expect(runs).toBe(databases.kind === 'mysql' ? 3 : 2);
    }, 30000);

    test('a unique index that refuses a row answers CONFLICT naming the entity and its fields, not the driver', async () => {
      const decision = { number: '1/QĐ-UNIQUE', foldedNumber: '1 qd unique', signedOn: '2025-01-02', signer: 'Chủ tịch', issuingAuthority: 'UBND thành phố', source: 'test' };
      const insert = () =>
        write(city, async ({ manager, record }) => {
          await manager.insert(AwardDecision, { ...decision });
          record('AwardDecision', decision.number, null, decision);
        });
      await insert();
      const { code, message } = await codeOf(insert());
      expect(code).toBe('CONFLICT');
      expect(message).toBe('AwardDecision: another write recorded one with the same number first');
      expect(await city.getRepository(AwardDecision).countBy({ number: decision.number })).toBe(1);
    });

    test("a finalized cluster-year is locked by the database: a write of it answers YEAR_FINAL", async () => {
      await cluster.query("INSERT INTO cluster (id, name, source) VALUES ('T', 'Cụm thử', 'test')");
      await cluster.query("INSERT INTO cluster_year (cluster_id, year, finalized_at) VALUES ('T', 2031, '2031-12-31T00:00:00.000Z')");
      const { code, message } = await codeOf(
        write(cluster, async ({ manager, record }) => {
          await manager.insert(ClusterMembership, { districtId: 'ba-dinh', year: 2031, clusterId: 'T', role: ClusterRole.HEAD, source: 'test' });
          record('ClusterMembership', 'ba-dinh/2031', null, {});
        }),
      );
      expect(code).toBe('YEAR_FINAL');
      expect(message).toMatch(/^the cluster-year is final/);
      expect(await cluster.getRepository(ClusterMembership).countBy({ clusterId: 'T' })).toBe(0);
    });
  });
});
