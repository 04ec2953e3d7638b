import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Table, TableIndex, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { Role, type Viewer } from './auth';
import { requireViewer } from './authorization';
import { refuseAfterDeadline, type DeadlineContext } from './deadline';
import { graphError } from './errors';
import type { IdempotencyContext } from './idempotency';
import { writeTransaction } from './write-transaction';

/**
 * Every write leaves a row in its own subgraph's database: who, when, which operation, and each
 * row it touched before and after. The rows are written in the write's transaction, so a write
 * and its audit happen together or not at all.
 */
@ObjectType({ description: 'One row a write changed: who, when, which operation, the row before and after' })
// Each subgraph serves its own audit log with this same type.
@Directive('@shareable')
@Entity({ name: 'audit_log' })
@Index('idx_audit_log_scope', ['scope', 'id'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: 'When it was written (ISO date and time, UTC)' })
  @Column({ type: 'varchar', length: 32 })
  at!: string;

  @Field(() => String, { description: "The token's subject" })
  @Column({ type: 'varchar', length: 128 })
  actor!: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Field(() => String, { description: 'Whose data it is: district:<id>, cluster:<id> or city' })
  @Column({ type: 'varchar', length: 80 })
  scope!: string;

  @Field(() => String, { description: 'The mutation, e.g. conferLocalAward' })
  @Column({ type: 'varchar', length: 64 })
  operation!: string;

  @Field(() => String, { description: 'The kind of row, e.g. LocalAward' })
  @Column({ type: 'varchar', length: 64 })
  entity!: string;

  @Field(() => String)
  @Column({ name: 'entity_id', type: 'varchar', length: 128 })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The row before (JSON); null for a row the write created' })
  @Column({ type: 'text', nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The row after (JSON); null for a row the write deleted' })
  @Column({ type: 'text', nullable: true })
  after!: string | null;

  @Field(() => String, { description: 'The request that wrote it, as every service logs it' })
  @Column({ name: 'request_id', type: 'varchar', length: 128 })
  requestId!: string;
}

/** The same table in every subgraph's database. */
export class CreateAuditLog1732500000000 implements MigrationInterface {
  name = 'CreateAuditLog1732500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'at', type: 'varchar', length: '32' },
          { name: 'actor', type: 'varchar', length: '128' },
          { name: 'role', type: 'varchar', length: '32' },
          { name: 'scope', type: 'varchar', length: '80' },
          { name: 'operation', type: 'varchar', length: '64' },
          { name: 'entity', type: 'varchar', length: '64' },
          { name: 'entity_id', type: 'varchar', length: '128' },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '128' },
        ],
      }),
    );
    await runner.createIndex('audit_log', new TableIndex({ name: 'idx_audit_log_scope', columnNames: ['scope', 'id'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('audit_log');
  }
}

export const cityScope = (): string => 'city';
export const districtScope = (districtId: string): string => `district:${districtId}`;
export const clusterScope = (clusterId: string): string => `cluster:${clusterId}`;

/** The city admin reads every audit; a cluster admin its cluster's; a district officer its district's. */
export function assertAuditReader(viewer: Viewer | null, scope: string): void {
  const caller = requireViewer(viewer);
  const own =
    caller.role === Role.CITY_ADMIN ||
    (caller.role === Role.CLUSTER_ADMIN && caller.cluster !== null && scope === clusterScope(caller.cluster)) ||
    (caller.role === Role.DISTRICT_OFFICER && caller.district !== null && scope === districtScope(caller.district));
  if (!own) throw graphError('FORBIDDEN', `the audit of ${scope} is for its own admins and the city's`);
}

export interface AuditedWrite {
  manager: EntityManager;
  /** Notes a row the write changed: `before` null for a new row, `after` null for a deleted one. */
  record(entity: string, entityId: string | number, before: object | null, after: object | null): void;
}

export interface WriteContext extends IdempotencyContext, DeadlineContext {
  db: DataSource;
  viewer: Viewer | null;
  requestId: string;
  /** Replaces the request's loaders once a write committed: what the request reads next is fresh. */
  renewLoaders?(): void;
}

/**
 * The one way a mutation writes: in one transaction, with its audit rows. If `work` throws, nothing
 * of it is kept. The transaction is safe beside concurrent writes (serialized, retried, unique
 * violations answered CONFLICT: see writeTransaction), so `work` may run more than once: it must
 * only read and write through `manager`.
 */
export async function auditedWrite<T>(
  context: WriteContext,
  operation: string,
  scope: string,
  work: (write: AuditedWrite) => Promise<T>,
): Promise<T> {
  const viewer = requireViewer(context.viewer);
  const committed = await writeTransaction(context.db, async (manager) => {
    const entries: Array<Partial<AuditEntry>> = [];
    const at = new Date().toISOString();
    // The key commits exactly when the write does; a write whose key another request holds stops here.
    await context.idempotency?.claim(manager);
    const result = await work({
      manager,
      record(entity, entityId, before, after) {
        entries.push({
          at,
          actor: viewer.subject,
          role: viewer.role,
          scope,
          operation,
          entity,
          entityId: String(entityId),
          before: before === null ? null : JSON.stringify(before),
          after: after === null ? null : JSON.stringify(after),
          requestId: context.requestId,
        });
      },
    });
    if (entries.length === 0) throw new Error(`${operation} changed nothing it recorded: every write must leave an audit row`);
    await manager.getRepository(AuditEntry).insert(entries);
    refuseAfterDeadline(context);
    return result;
  });
  context.renewLoaders?.();
  return committed;
}
