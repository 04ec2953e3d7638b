import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The city's award statistics count one year of every district, grouped by district and type:
// a year-leading index serves that count, where (district_id, year, award_type_code) would need a
// full scan.
const INDEX = new TableIndex({ name: 'idx_local_award_year_district_type', columnNames: ['year', 'district_id', 'award_type_code'] });

export class LocalAwardYearIndex1732400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('local_award', INDEX);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('local_award', INDEX.name!);
  }
}
