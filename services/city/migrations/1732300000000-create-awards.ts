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
          { name: 'source', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'award_decision',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'number', type: 'varchar', length: '64' },
          { name: 'signed_on', type: 'date' },
          { name: 'signer', type: 'varchar', length: '255' },
          { name: 'issuing_authority', type: 'varchar', length: '255' },
          { name: 'source', type: 'varchar', length: '64' },
        ],
        indices: [new TableIndex({ name: 'uq_award_decision_number', columnNames: ['number'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'award',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'year', type: 'integer' },
          { name: 'award_type_code', type: 'varchar', length: '16' },
          { name: 'decision_id', type: 'integer', isNullable: true },
          { name: 'recipient_kind', type: 'varchar', length: '16' },
          { name: 'recipient_name', type: 'varchar', length: '255' },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'district_id', type: 'varchar', length: '64' },
          { name: 'unit_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'person_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'nomination_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'source', type: 'varchar', length: '64' },
        ],
        indices: [
          new TableIndex({ name: 'idx_award_district_year', columnNames: ['district_id', 'year'] }),
          new TableIndex({ name: 'idx_award_unit', columnNames: ['unit_id'] }),
          new TableIndex({ name: 'idx_award_person', columnNames: ['person_id'] }),
          new TableIndex({ name: 'idx_award_decision', columnNames: ['decision_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_award_award_type',
            columnNames: ['award_type_code'],
            referencedTableName: 'award_type',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'RESTRICT',
          }),
          new TableForeignKey({
            name: 'fk_award_award_decision',
            columnNames: ['decision_id'],
            referencedTableName: 'award_decision',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'RESTRICT',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'par_index',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'district_id', type: 'varchar', length: '64' },
          { name: 'year', type: 'integer' },
          { name: 'score', type: 'double' },
          { name: 'rank', type: 'integer' },
          { name: 'source', type: 'varchar', length: '64' },
        ],
        indices: [
          new TableIndex({ name: 'uq_par_index_district_year', columnNames: ['district_id', 'year'], isUnique: true }),
          new TableIndex({ name: 'idx_par_index_year_rank', columnNames: ['year', 'rank'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('par_index');
    await queryRunner.dropTable('award');
    await queryRunner.dropTable('award_decision');
    await queryRunner.dropTable('award_type');
  }
}
