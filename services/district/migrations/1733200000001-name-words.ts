import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { personNameWords, unitNameWords } from '../name-words';

// Name search's word tables (entities/person-name-word.ts, unit-name-word.ts), filled for the
// people and units already on record. Rows are read and written a batch at a time, by id.
const BATCH = 2000;

interface WordTable {
  name: string;
  owner: 'person_id' | 'unit_id';
  ownerTable: 'person' | 'unit';
  length: string;
  /** The owner's name column, and its word rows. */
  nameColumn: 'full_name' | 'name';
  words(row: { id: string; districtId: string; name: string }): Array<{ word: string; districtId: string; foldedName: string }>;
}

const TABLES: WordTable[] = [
  {
    name: 'person_name_word',
    owner: 'person_id',
    ownerTable: 'person',
    length: '128',
    nameColumn: 'full_name',
    words: ({ id, districtId, name }) => personNameWords({ id, districtId, fullName: name }),
  },
  { name: 'unit_name_word', owner: 'unit_id', ownerTable: 'unit', length: '255', nameColumn: 'name', words: unitNameWords },
];

const foreignKey = (table: string, column: string, referencedTable: string, name: string) =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: referencedTable, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'RESTRICT' });

export class NameWords1733200000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.createTable(
        new Table({
          name: table.name,
          columns: [
            { name: table.owner, type: 'varchar', length: '64', isPrimary: true },
            { name: 'word', type: 'varchar', length: table.length, isPrimary: true },
            { name: 'district_id', type: 'varchar', length: '64' },
            { name: 'folded_name', type: 'varchar', length: table.length },
          ],
          indices: [
            new TableIndex({ name: `idx_${table.name}`, columnNames: ['word', table.owner] }),
            new TableIndex({ name: `idx_${table.name}_district`, columnNames: ['district_id', 'word', table.owner] }),
          ],
          foreignKeys: [
            foreignKey(table.name, table.owner, table.ownerTable, `fk_${table.name}_${table.ownerTable}`),
            foreignKey(table.name, 'district_id', 'district', `fk_${table.name}_district`),
          ],
        }),
      );
      await backfill(queryRunner, table);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table.name);
  }
}

async function backfill(queryRunner: QueryRunner, table: WordTable): Promise<void> {
  let after = '';
  for (;;) {
    const rows: Array<{ id: string; districtId: string; name: string }> = await queryRunner.query(
      `SELECT id, district_id AS districtId, ${table.nameColumn} AS name FROM ${table.ownerTable} WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) return;
    const words = rows.flatMap((row) => table.words(row).map((word) => [row.id, word.word, word.districtId, word.foldedName]));
    // SQLite binds at most 32,766 parameters a statement: 4 a row.
    for (let start = 0; start < words.length; start += BATCH) {
      const chunk = words.slice(start, start + BATCH);
      await queryRunner.query(`INSERT INTO ${table.name} (${table.owner}, word, district_id, folded_name) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`, chunk.flat());
    }
    after = rows[rows.length - 1].id;
  }
}
