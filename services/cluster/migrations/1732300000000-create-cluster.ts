import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCluster1732300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'cluster',
        columns: [
          { name: 'id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'name', type: 'varchar', length: '128' },
        ],
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
        ],
        indices: [new TableIndex({ name: 'idx_cluster_membership_cluster_year', columnNames: ['cluster_id', 'year'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_cluster_membership_cluster',
            columnNames: ['cluster_id'],
            referencedTableName: 'cluster',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'RESTRICT',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('cluster_membership');
    await queryRunner.dropTable('cluster');
  }
}
