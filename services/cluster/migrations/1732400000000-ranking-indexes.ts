import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The city-wide ranking reads one year of every cluster: year-leading indexes serve it, where the
// (cluster_id, year) ones would need a full scan.
const INDEXES = [
  { table: 'score', name: 'idx_score_year', columnNames: ['year', 'cluster_id'] },
  { table: 'scoring_criterion', name: 'idx_scoring_criterion_year', columnNames: ['year', 'cluster_id'] },
];

export class RankingIndexes1732400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, ...index } of INDEXES) await queryRunner.createIndex(table, new TableIndex(index));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, name } of INDEXES) await queryRunner.dropIndex(table, name);
  }
}
