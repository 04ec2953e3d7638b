import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// A finalized cluster-year (a cluster_year row) is locked in the database itself, not only by the
// writes' checks: these tables refuse to gain, change or lose a row of such a year.
const LOCKED_TABLES = ['score', 'scoring_criterion', 'cluster_membership'];
const EVENTS = [
  { event: 'INSERT', rows: ['NEW'] },
  { event: 'UPDATE', rows: ['NEW', 'OLD'] },
  { event: 'DELETE', rows: ['OLD'] },
];
// Read back by the services as a YEAR_FINAL error (core/write-errors.ts).
const REFUSAL = "YEAR_FINAL: the cluster-year is final: its scores, table and membership are locked";

const INDEXES = [
  // One score per district and criterion (a criterion belongs to one cluster-year).
  { table: 'score', index: new TableIndex({ name: 'uq_score_criterion_district', columnNames: ['criterion_id', 'district_id'], isUnique: true }) },
  // The vote proposes one award per district.
  { table: 'nomination', index: new TableIndex({ name: 'uq_nomination_cluster_year_district', columnNames: ['cluster_id', 'year', 'district_id'], isUnique: true }) },
];

const triggerName = (table: string, event: string) => `trg_${table}_year_final_${event.toLowerCase()}`;

export class YearLock1732700000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of INDEXES) await queryRunner.createIndex(table, index);
    const mysql = queryRunner.connection.driver.options.type !== 'better-sqlite3';
    for (const table of LOCKED_TABLES) {
      for (const { event, rows } of EVENTS) {
        const final = rows.map((row) => `EXISTS (SELECT 1 FROM cluster_year WHERE cluster_id = ${row}.cluster_id AND year = ${row}.year)`).join(' OR ');
        await queryRunner.query(
          mysql
            ? `CREATE TRIGGER ${triggerName(table, event)} BEFORE ${event} ON ${table} FOR EACH ROW BEGIN IF ${final} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${REFUSAL}'; END IF; END`
            : `CREATE TRIGGER ${triggerName(table, event)} BEFORE ${event} ON ${table} FOR EACH ROW WHEN ${final} BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of LOCKED_TABLES) {
      for (const { event } of EVENTS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${triggerName(table, event)}`);
    }
    for (const { table, index } of INDEXES) await queryRunner.dropIndex(table, index.name!);
  }
}
