import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateDistrict1732300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'district',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '128' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'valid_from', type: 'date' },
          { name: 'valid_to', type: 'date', isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('district');
  }
}
