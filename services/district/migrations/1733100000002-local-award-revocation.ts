import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { replaceIndex } from '../../core/replace-index';

// A revoked title keeps its row (official records are never deleted): its status says REVOKED, and
// who revoked it, when, why and by which decision. Every title before this migration stands.
const COLUMNS = [
  new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'CONFERRED'" }),
  new TableColumn({ name: 'in_force', type: 'integer', isNullable: true, default: 1 }),
  new TableColumn({ name: 'revoked_at', type: 'varchar', length: '32', isNullable: true }),
  new TableColumn({ name: 'revoked_by', type: 'varchar', length: '128', isNullable: true }),
  new TableColumn({ name: 'revocation_reason', type: 'text', isNullable: true }),
  new TableColumn({ name: 'revoking_decision', type: 'varchar', length: '64', isNullable: true }),
];

// A recipient holds a title once a year while it stands: in_force is 1, NULL once revoked, and a
// unique index lets NULLs repeat, so the title may be conferred again after a revocation. On MySQL
// the unit's and the person's foreign keys use these indexes (they lead with the recipient).
const holder = (column: 'unit_id' | 'person_id', name: string, inForce: boolean) =>
  new TableIndex({ name, columnNames: [column, 'year', 'award_type_code', ...(inForce ? ['in_force'] : [])], isUnique: true });
const indexes = (inForce: boolean) => [holder('unit_id', 'uq_local_award_unit', inForce), holder('person_id', 'uq_local_award_person', inForce)];

export class LocalAwardRevocation1733100000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('local_award', COLUMNS);
    for (const index of indexes(true)) await replaceIndex(queryRunner, 'local_award', index);
  }

  // Undone only where no recipient was conferred a title again after its revocation: the old indexes would refuse the pair.
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of indexes(false)) await replaceIndex(queryRunner, 'local_award', index);
    await queryRunner.dropColumns('local_award', [...COLUMNS].reverse());
  }
}
