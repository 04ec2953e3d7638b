import { Column, Entity, Index, PrimaryColumn, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A mutation's idempotency key, claimed in the write's own transaction: the row exists exactly when
 * the write committed. The answer is added once it is known, for a retry to replay.
 */
@Entity({ name: 'idempotency_key' })
@Index('idx_idempotency_key_created', ['createdAt'])
export class IdempotencyKey {
  /**
   * SHA-256 (hex) of the token's subject and the key: one caller's keys never meet another's, and
   * the comparison is exact on every engine (MariaDB's collation would fold case).
   */
  @PrimaryColumn({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ type: 'varchar', length: 128 })
  subject!: string;

  /** The key as the client sent it, for whoever reads the table. */
  @Column({ name: 'request_key', type: 'varchar', length: 128 })
  key!: string;

  /** SHA-256 (hex) of the operation's text, name and variables: a key stands for one request. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  /** Which request claimed the key: a later write of the same request finds its own claim. */
  @Column({ name: 'claim_id', type: 'varchar', length: 36 })
  claimId!: string;

  /** The answer as JSON; null until the request that claimed the key has answered. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  /** When it was claimed (ISO date and time, UTC); a key is forgotten a day later. */
  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}

/** The same table in every subgraph's database. */
export class CreateIdempotencyKey1732900000050 implements MigrationInterface {
  name = 'CreateIdempotencyKey1732900000050';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'idempotency_key',
        columns: [
          { name: 'key_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'subject', type: 'varchar', length: '128' },
          { name: 'request_key', type: 'varchar', length: '128' },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'claim_id', type: 'varchar', length: '36' },
          { name: 'response', type: 'text', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await runner.createIndex('idempotency_key', new TableIndex({ name: 'idx_idempotency_key_created', columnNames: ['created_at'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('idempotency_key');
  }
}
