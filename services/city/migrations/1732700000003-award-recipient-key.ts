import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const COLUMN = { name: 'recipient_key', type: 'varchar', length: '96' };
const INDEX = new TableIndex({ name: 'uq_award_recipient_year_type', columnNames: ['recipient_key', 'year', 'award_type_code'], isUnique: true });

/**
 * A recipient holds an award of a type once a year, kept by a unique index. The recipient is one
 * column for it (the ids' NULLs would repeat in an index), filled for the rows there are. Awards
 * that an earlier race recorded twice are kept (official records are never deleted) but keyed
 * apart by their id, `…#<id>`, so that the index can be made and a person can find and settle them.
 */
export class AwardRecipientKey1732700000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type !== 'better-sqlite3';
    const concat = (...parts: string[]) => (mysql ? `CONCAT(${parts.join(', ')})` : parts.join(' || '));
    await queryRunner.addColumn('award', new TableColumn({ ...COLUMN, isNullable: true }));
    await queryRunner.query(
      `UPDATE award SET recipient_key = ${concat('recipient_kind', "':'", "CASE recipient_kind WHEN 'INDIVIDUAL' THEN person_id WHEN 'COLLECTIVE' THEN unit_id ELSE district_id END")}`,
    );
    // The inner select is materialized first: MariaDB does not update a table a subquery reads directly.
    await queryRunner.query(
      `UPDATE award SET recipient_key = ${concat('recipient_key', "'#'", 'CAST(id AS CHAR)')} WHERE id IN (SELECT id FROM (
         SELECT later.id FROM award later JOIN award earlier
           ON earlier.award_type_code = later.award_type_code AND earlier.year = later.year AND earlier.recipient_key = later.recipient_key AND earlier.id < later.id
       ) AS repeated)`,
    );
    await queryRunner.changeColumn('award', 'recipient_key', new TableColumn(COLUMN));
    await queryRunner.createIndex('award', INDEX);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('award', INDEX.name!);
    await queryRunner.dropColumn('award', 'recipient_key');
  }
}
