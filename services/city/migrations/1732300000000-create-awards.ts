import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateAwards1732300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'award_type',
        columns: [
          { name: 'code', type: 'varchar', length: '16', isPrimary: true },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'name_en', type: 'varchar', length: '255' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'recipient_kinds', type: 'text' },
          { name: 'cash_multiple', type: 'double', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'award',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'year', type: 'integer' },
          { name: 'award_type_code', type: 'varchar', length: '16' },
          { name: 'recipient_kind', type: 'varchar', length: '16' },
          { name: 'recipient_name', type: 'varchar', length: '255' },
          { name: 'district_id', type: 'varchar', length: '64' },
          { name: 'decision_number', type: 'varchar', length: '64', isNullable: true },
          { name: 'decided_on', type: 'date', isNullable: true },
          { name: 'source', type: 'varchar', length: '64' },
        ],
        indices: [new TableIndex({ name: 'idx_award_district_year', columnNames: ['district_id', 'year'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_award_award_type',
            columnNames: ['award_type_code'],
            referencedTableName: 'award_type',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'RESTRICT',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('award');
    await queryRunner.dropTable('award_type');
  }
}
