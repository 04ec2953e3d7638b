import { Entity, PrimaryColumn, Table, type EntityManager, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type MigrationInterface, type ObjectLiteral, type QueryRunner } from 'typeorm';
import { isSingleConnection } from './write-serializer';

/**
 * The locks a write takes before the checks that depend on them, inside its transaction. On
 * MariaDB/MySQL they are row locks (SELECT … FOR UPDATE) held until commit; the embedded database
 * runs one write at a time already (write-serializer), and TypeORM refuses lock modes on it.
 */

/** Reads rows and locks them until the write commits: a second write locking them waits for it. */
export function lockRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: FindOptionsWhere<T>, order?: FindOptionsOrder<T>): Promise<T[]> {
  // In key order, so that two writes locking overlapping rows take them in the same order.
  const ordered = order ?? (Object.fromEntries(manager.connection.getMetadata(entity).primaryColumns.map((column) => [column.propertyName, 'ASC'])) as FindOptionsOrder<T>);
  if (isSingleConnection(manager.connection)) return manager.find(entity, { where, order: ordered });
  return manager.find(entity, { where, order: ordered, lock: { mode: 'pessimistic_write' } });
}

/**
 * A lock with a name, for a write whose check spans rows that have no parent row to lock (a
 * year's PAR ranking): its row is made on first use and locked until the write commits.
 */
@Entity({ name: 'write_lock' })
export class WriteLock {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  name!: string;
}

export async function lockName(manager: EntityManager, name: string): Promise<void> {
  if (isSingleConnection(manager.connection)) return;
  // On a duplicate key, MySQL locks the existing row exclusively: one statement makes it or waits for it.
  await manager.query('INSERT INTO write_lock (name) VALUES (?) ON DUPLICATE KEY UPDATE name = name', [name]);
}

/** The same table in every subgraph's database. */
export class CreateWriteLock1732700000000 implements MigrationInterface {
  name = 'CreateWriteLock1732700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(new Table({ name: 'write_lock', columns: [{ name: 'name', type: 'varchar', length: '128', isPrimary: true }] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('write_lock');
  }
}
