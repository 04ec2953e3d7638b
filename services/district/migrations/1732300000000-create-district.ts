import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const source: TableColumnOptions = { name: 'source', type: 'varchar', length: '64' };
const generatedId: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const districtId: TableColumnOptions = { name: 'district_id', type: 'varchar', length: '64' };

function references(table: string, column: string, referencedTable: string, isNullable = false): { column: TableColumnOptions; foreignKey: TableForeignKey } {
  return {
    column: { name: column, type: 'varchar', length: '64', isNullable },
    foreignKey: new TableForeignKey({
      name: `fk_${table}_${referencedTable}`,
      columnNames: [column],
      referencedTableName: referencedTable,
      referencedColumnNames: ['id'],
      onDelete: 'RESTRICT',
      onUpdate: 'RESTRICT',
    }),
  };
}

// Every table below the district carries district_id, so the data shards by district.
const ofDistrict = (table: string) => references(table, 'district_id', 'district').foreignKey;

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
          source,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'district_successor',
        columns: [
          { ...districtId, isPrimary: true },
          { name: 'name', type: 'varchar', length: '128', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          source,
        ],
        foreignKeys: [ofDistrict('district_successor')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          districtId,
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'member_count', type: 'integer' },
          source,
        ],
        indices: [new TableIndex({ name: 'idx_unit_district', columnNames: ['district_id'] })],
        foreignKeys: [ofDistrict('unit')],
      }),
    );
    const personUnit = references('person', 'unit_id', 'unit');
    await queryRunner.createTable(
      new Table({
        name: 'person',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          districtId,
          personUnit.column,
          { name: 'full_name', type: 'varchar', length: '128' },
          { name: 'position', type: 'varchar', length: '255' },
          { name: 'birth_year', type: 'integer', isNullable: true },
          { name: 'gender', type: 'varchar', length: '16' },
          source,
        ],
        indices: [
          new TableIndex({ name: 'idx_person_district_unit', columnNames: ['district_id', 'unit_id'] }),
          new TableIndex({ name: 'idx_person_unit', columnNames: ['unit_id'] }),
        ],
        foreignKeys: [ofDistrict('person'), personUnit.foreignKey],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'movement',
        columns: [
          generatedId,
          districtId,
          { name: 'year', type: 'integer' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'launched_on', type: 'date', isNullable: true },
          { name: 'description', type: 'text', isNullable: true },
          source,
        ],
        indices: [new TableIndex({ name: 'idx_movement_district_year', columnNames: ['district_id', 'year'] })],
        foreignKeys: [ofDistrict('movement')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'target',
        columns: [
          generatedId,
          districtId,
          { name: 'year', type: 'integer' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'unit_of_measure', type: 'varchar', length: '32' },
          { name: 'planned', type: 'double', isNullable: true },
          { name: 'actual', type: 'double' },
          { name: 'higher_is_better', type: 'boolean' },
          source,
        ],
        indices: [new TableIndex({ name: 'idx_target_district_year', columnNames: ['district_id', 'year'] })],
        foreignKeys: [ofDistrict('target')],
      }),
    );
    const ratingPerson = references('year_rating', 'person_id', 'person', true);
    const ratingUnit = references('year_rating', 'unit_id', 'unit', true);
    await queryRunner.createTable(
      new Table({
        name: 'year_rating',
        columns: [
          generatedId,
          districtId,
          { name: 'year', type: 'integer' },
          ratingPerson.column,
          ratingUnit.column,
          { name: 'rating', type: 'varchar', length: '16' },
          source,
        ],
        indices: [
          new TableIndex({ name: 'idx_year_rating_district_year', columnNames: ['district_id', 'year'] }),
          new TableIndex({ name: 'uq_year_rating_person_year', columnNames: ['person_id', 'year'], isUnique: true }),
          new TableIndex({ name: 'uq_year_rating_unit_year', columnNames: ['unit_id', 'year'], isUnique: true }),
        ],
        foreignKeys: [ofDistrict('year_rating'), ratingPerson.foreignKey, ratingUnit.foreignKey],
      }),
    );
    const initiativePerson = references('initiative', 'person_id', 'person');
    await queryRunner.createTable(
      new Table({
        name: 'initiative',
        columns: [
          generatedId,
          districtId,
          initiativePerson.column,
          { name: 'year', type: 'integer' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'scope', type: 'varchar', length: '16' },
          { name: 'recognized_on', type: 'date', isNullable: true },
          { name: 'used_for_award_code', type: 'varchar', length: '16', isNullable: true },
          source,
        ],
        indices: [
          new TableIndex({ name: 'idx_initiative_district_year', columnNames: ['district_id', 'year'] }),
          new TableIndex({ name: 'idx_initiative_person_year', columnNames: ['person_id', 'year'] }),
        ],
        foreignKeys: [ofDistrict('initiative'), initiativePerson.foreignKey],
      }),
    );
    const disciplinePerson = references('discipline', 'person_id', 'person');
    await queryRunner.createTable(
      new Table({
        name: 'discipline',
        columns: [
          generatedId,
          districtId,
          disciplinePerson.column,
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'from_date', type: 'date' },
          { name: 'to_date', type: 'date' },
          source,
        ],
        indices: [
          new TableIndex({ name: 'idx_discipline_district', columnNames: ['district_id'] }),
          new TableIndex({ name: 'idx_discipline_person', columnNames: ['person_id'] }),
        ],
        foreignKeys: [ofDistrict('discipline'), disciplinePerson.foreignKey],
      }),
    );
    const awardUnit = references('local_award', 'unit_id', 'unit', true);
    const awardPerson = references('local_award', 'person_id', 'person', true);
    await queryRunner.createTable(
      new Table({
        name: 'local_award',
        columns: [
          generatedId,
          districtId,
          { name: 'year', type: 'integer' },
          { name: 'award_type_code', type: 'varchar', length: '16' },
          awardUnit.column,
          awardPerson.column,
          { name: 'decision_number', type: 'varchar', length: '64', isNullable: true },
          { name: 'decided_on', type: 'date', isNullable: true },
          source,
        ],
        indices: [
          new TableIndex({ name: 'idx_local_award_district_year_type', columnNames: ['district_id', 'year', 'award_type_code'] }),
          new TableIndex({ name: 'uq_local_award_unit', columnNames: ['unit_id', 'year', 'award_type_code'], isUnique: true }),
          new TableIndex({ name: 'uq_local_award_person', columnNames: ['person_id', 'year', 'award_type_code'], isUnique: true }),
        ],
        foreignKeys: [ofDistrict('local_award'), awardUnit.foreignKey, awardPerson.foreignKey],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['local_award', 'discipline', 'initiative', 'year_rating', 'target', 'movement', 'person', 'unit', 'district_successor', 'district']) {
      await queryRunner.dropTable(table);
    }
  }
}
