import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { foldText } from '../../core/fold-text';

const COLUMN = { name: 'folded_number', type: 'varchar', length: '64' };
const INDEX = new TableIndex({ name: 'idx_award_decision_folded_number', columnNames: ['folded_number'] });
const BATCH = 1000;

/**
 * A decision is found by the start of its number, case and accents ignored ("1326/qd" finds
 * 1326/QĐ-UBND): the number folded (services/core/fold-text.ts) in a column of its own, with an
 * index, filled here for the decisions on record. Folding is not SQL, so each row is read and updated.
 */
export class DecisionFoldedNumber1733200000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('award_decision', new TableColumn({ ...COLUMN, isNullable: true }));
    let after = 0;
    for (;;) {
      const rows: Array<{ id: number; number: string }> = await queryRunner.query(`SELECT id, number FROM award_decision WHERE id > ? ORDER BY id LIMIT ${BATCH}`, [after]);
      if (rows.length === 0) break;
      for (const row of rows) await queryRunner.query('UPDATE award_decision SET folded_number = ? WHERE id = ?', [foldText(row.number), row.id]);
      after = Number(rows[rows.length - 1].id);
    }
    await queryRunner.changeColumn('award_decision', COLUMN.name, new TableColumn(COLUMN));
    await queryRunner.createIndex('award_decision', INDEX);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('award_decision', INDEX.name!);
    // TypeORM drops a SQLite column by copying the table, which the awards' foreign key refuses once
    // decisions exist (an undo runs with foreign keys on): SQLite drops the column in place.
    if (queryRunner.connection.driver.options.type === 'better-sqlite3') await queryRunner.query(`ALTER TABLE award_decision DROP COLUMN ${COLUMN.name}`);
    else await queryRunner.dropColumn('award_decision', COLUMN.name);
  }
}
