import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const SOURCE = { name: 'source', type: 'varchar', length: '64' };

function restrict(name: string, column: string, table: string, referenced = 'id'): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: [referenced],
    onDelete: 'RESTRICT',
    onUpdate: 'RESTRICT',
  });
}

export class CreateCluster1732300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'cluster',
        columns: [{ name: 'id', type: 'varchar', length: '16', isPrimary: true }, { name: 'name', type: 'varchar', length: '128' }, SOURCE],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'cluster_membership',
        columns: [
          { name: 'district_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'cluster_id', type: 'varchar', length: '16' },
          { name: 'role', type: 'varchar', length: '16' },
          SOURCE,
        ],
        indices: [new TableIndex({ name: 'idx_cluster_membership_cluster_year', columnNames: ['cluster_id', 'year'] })],
        foreignKeys: [restrict('fk_cluster_membership_cluster', 'cluster_id', 'cluster')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'covenant',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'cluster_id', type: 'varchar', length: '16' },
          { name: 'year', type: 'integer' },
          { name: 'signed_on', type: 'date', isNullable: true },
          SOURCE,
        ],
        indices: [new TableIndex({ name: 'idx_covenant_cluster_year', columnNames: ['cluster_id', 'year'], isUnique: true })],
        foreignKeys: [restrict('fk_covenant_cluster', 'cluster_id', 'cluster')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'covenant_content',
        columns: [
          { name: 'covenant_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'number', type: 'integer', isPrimary: true },
          { name: 'text', type: 'text' },
          SOURCE,
        ],
        foreignKeys: [restrict('fk_covenant_content_covenant', 'covenant_id', 'covenant')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scoring_criterion',
        columns: [
          { name: 'id', type: 'varchar', length: '48', isPrimary: true },
          { name: 'cluster_id', type: 'varchar', length: '16' },
          { name: 'year', type: 'integer' },
          { name: 'code', type: 'varchar', length: '16' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'max_points', type: 'double' },
          { name: 'kind', type: 'varchar', length: '16' },
          SOURCE,
        ],
        indices: [new TableIndex({ name: 'idx_scoring_criterion_cluster_year', columnNames: ['cluster_id', 'year'] })],
        foreignKeys: [restrict('fk_scoring_criterion_cluster', 'cluster_id', 'cluster')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'score',
        columns: [
          { name: 'id', type: 'varchar', length: '128', isPrimary: true },
          { name: 'cluster_id', type: 'varchar', length: '16' },
          { name: 'year', type: 'integer' },
          { name: 'district_id', type: 'varchar', length: '64' },
          { name: 'criterion_id', type: 'varchar', length: '48' },
          { name: 'points', type: 'double' },
          { name: 'note', type: 'varchar', length: '255', isNullable: true },
          SOURCE,
        ],
        indices: [
          new TableIndex({ name: 'idx_score_cluster_year', columnNames: ['cluster_id', 'year'] }),
          new TableIndex({ name: 'idx_score_criterion', columnNames: ['criterion_id'] }),
        ],
        foreignKeys: [
          restrict('fk_score_cluster', 'cluster_id', 'cluster'),
          restrict('fk_score_criterion', 'criterion_id', 'scoring_criterion'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'nomination',
        columns: [
          { name: 'id', type: 'varchar', length: '128', isPrimary: true },
          { name: 'cluster_id', type: 'varchar', length: '16' },
          { name: 'year', type: 'integer' },
          { name: 'district_id', type: 'varchar', length: '64' },
          { name: 'award_type_code', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'vote_percent', type: 'double', isNullable: true },
          SOURCE,
        ],
        indices: [new TableIndex({ name: 'idx_nomination_cluster_year', columnNames: ['cluster_id', 'year'] })],
        foreignKeys: [restrict('fk_nomination_cluster', 'cluster_id', 'cluster')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conference',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'cluster_id', type: 'varchar', length: '16' },
          { name: 'held_on', type: 'date' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'host_district_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'summary', type: 'text' },
          SOURCE,
        ],
        indices: [new TableIndex({ name: 'idx_conference_cluster_held_on', columnNames: ['cluster_id', 'held_on'] })],
        foreignKeys: [restrict('fk_conference_cluster', 'cluster_id', 'cluster')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'conference_figure',
        columns: [
          { name: 'conference_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'number', type: 'integer', isPrimary: true },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'value', type: 'double' },
          { name: 'unit_of_measure', type: 'varchar', length: '64' },
          SOURCE,
        ],
        foreignKeys: [restrict('fk_conference_figure_conference', 'conference_id', 'conference')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Children before parents: the foreign keys restrict.
    for (const table of [
      'conference_figure',
      'conference',
      'nomination',
      'score',
      'scoring_criterion',
      'covenant_content',
      'covenant',
      'cluster_membership',
      'cluster',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
