import type { QueryRunner, TableIndex } from 'typeorm';

/**
 * Replaces an index by one of the same name over other columns. On MySQL a foreign key may be
 * using the old index: InnoDB needs an index that leads with the key's columns and takes one that
 * exists rather than making its own, and refuses to drop it. Such keys are dropped first and made
 * again over the new index, which leads with the same columns.
 */
export async function replaceIndex(queryRunner: QueryRunner, tableName: string, index: TableIndex): Promise<void> {
  const table = (await queryRunner.getTable(tableName))!;
  const old = table.indices.find((found) => found.name === index.name)!;
  const mysql = queryRunner.connection.driver.options.type !== 'better-sqlite3';
  const served = (columns: string[]) => columns.every((column, position) => old.columnNames[position] === column);
  const keys = mysql ? table.foreignKeys.filter((key) => served(key.columnNames)) : [];
  for (const key of keys) await queryRunner.dropForeignKey(table, key);
  await queryRunner.dropIndex(table, old);
  await queryRunner.createIndex(table, index);
  for (const key of keys) await queryRunner.createForeignKey(table, key);
}
