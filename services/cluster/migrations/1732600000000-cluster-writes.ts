import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

function clusterForeignKey(name: string): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: ['cluster_id'],
    referencedTableName: 'cluster',
    referencedColumnNames: ['id'],
    onDelete: 'RESTRICT',
    onUpdate: 'RESTRICT',
  });
}

/** What the cluster's writes keep besides their data: the finalized years and each cluster's nomination quota. */
export class ClusterWrites1732600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'cluster_year',
        columns: [
          { name: 'cluster_id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'finalized_at', type: 'varchar', length: '32' },
        ],
        foreignKeys: [clusterForeignKey('fk_cluster_year_cluster')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'nomination_quota',
        columns: [
          { name: 'cluster_id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'award_type_code', type: 'varchar', length: '16', isPrimary: true },
          { name: 'count', type: 'integer' },
        ],
        foreignKeys: [clusterForeignKey('fk_nomination_quota_cluster')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('nomination_quota');
    await queryRunner.dropTable('cluster_year');
  }
}
