import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { replaceIndex } from '../../core/replace-index';

// A revoked award keeps its row (official records are never deleted): its status says REVOKED, and
// who revoked it, when, why and by which decision. Every award before this migration stands.
const COLUMNS = [
  new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'CONFERRED'" }),
  new TableColumn({ name: 'in_force', type: 'integer', isNullable: true, default: 1 }),
  new TableColumn({ name: 'revoked_at', type: 'varchar', length: '32', isNullable: true }),
  new TableColumn({ name: 'revoked_by', type: 'varchar', length: '128', isNullable: true }),
  new TableColumn({ name: 'revocation_reason', type: 'text', isNullable: true }),
  new TableColumn({ name: 'revoking_decision', type: 'varchar', length: '64', isNullable: true }),
];

// One award of a type a recipient a year while it stands: in_force is 1, NULL once revoked, and a
// unique index lets NULLs repeat, so the award may be conferred again after a revocation.
const IN_FORCE = new TableIndex({ name: 'uq_award_recipient_year_type', columnNames: ['recipient_key', 'year', 'award_type_code', 'in_force'], isUnique: true });
const EVER = new TableIndex({ name: 'uq_award_recipient_year_type', columnNames: ['recipient_key', 'year', 'award_type_code'], isUnique: true });

export class AwardRevocation1733100000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('award', COLUMNS);
    await replaceIndex(queryRunner, 'award', IN_FORCE);
  }

  // Undone only where no recipient was conferred an award again after its revocation: the old index would refuse the pair.
  async down(queryRunner: QueryRunner): Promise<void> {
    await replaceIndex(queryRunner, 'award', EVER);
    await queryRunner.dropColumns('award', [...COLUMNS].reverse());
  }
}
