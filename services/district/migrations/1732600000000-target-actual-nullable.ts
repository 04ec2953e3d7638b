import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// A district sets a target at the start of the year and records what it achieved at the end: until
// then the actual value is unknown, which 0 would misreport as a target missed.
const BEFORE = new TableColumn({ name: 'actual', type: 'double' });
const AFTER = new TableColumn({ name: 'actual', type: 'double', isNullable: true });

export class TargetActualNullable1732600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('target', BEFORE, AFTER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE target SET actual = 0 WHERE actual IS NULL');
    await queryRunner.changeColumn('target', AFTER, BEFORE);
  }
}
