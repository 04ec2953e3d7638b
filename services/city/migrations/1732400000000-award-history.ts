import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// Award histories name who conferred each award, also where a source gives no decision; award
// statistics read one year of every district, which the (district_id, year) index cannot serve.
export class AwardHistory1732400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('award', new TableColumn({ name: 'conferred_by', type: 'varchar', length: '255', isNullable: true }));
    await queryRunner.createIndex('award', new TableIndex({ name: 'idx_award_year', columnNames: ['year', 'district_id', 'award_type_code'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('award', 'idx_award_year');
    await queryRunner.dropColumn('award', 'conferred_by');
  }
}
