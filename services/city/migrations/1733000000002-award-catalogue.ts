import type { MigrationInterface, QueryRunner } from 'typeorm';
import { catalogueRows } from '../catalogue';

const COLUMNS = ['code', 'name', 'name_en', 'level', 'recipient_kinds', 'cash_multiple', 'source'];

/**
 * The award catalogue is reference data: every deployment holds it, so that a city whose database
 * never saw the demo data can issue a BK_TP. Databases the demo seed filled before this migration
 * already hold the same rows: only the missing ones are inserted.
 */
export class AwardCatalogue1733000000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const present = new Set((await queryRunner.query('SELECT code FROM award_type')).map((row: { code: string }) => row.code));
    const missing = catalogueRows().filter((type) => !present.has(type.code));
    if (missing.length === 0) return;
    await queryRunner.query(
      `INSERT INTO award_type (${COLUMNS.join(', ')}) VALUES ${missing.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ')}`,
      // recipient_kinds is TypeORM's simple-array: the values joined by commas.
      missing.flatMap((type) => [type.code, type.name, type.nameEn, type.level, type.recipientKinds.join(','), type.cashMultiple, type.source]),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const codes = catalogueRows().map((type) => type.code);
    await queryRunner.query(`DELETE FROM award_type WHERE code IN (${codes.map(() => '?').join(', ')})`, codes);
  }
}
