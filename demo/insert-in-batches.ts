import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { SeedOptions } from './seed-options';

// SQLite binds at most 32,766 parameters a statement, MySQL 65,535: stay well under both.
const PARAMETERS_PER_STATEMENT = 20_000;

/** A row's value for a column; a value the row leaves out takes the column's declared default, as an INSERT without the column would. */
function valueOf(column: ColumnMetadata, row: ObjectLiteral): unknown {
  const value = column.getEntityValue(row);
  return value === undefined && column.default !== undefined && typeof column.default !== 'function' ? column.default : value;
}

/**
 * Inserts rows in multi-row INSERT statements, telling `progress` after each. Bulk data sets skip
 * TypeORM's query builder, which manages some 33,000 rows/s: the statement is built once from the
 * entity's metadata and each value converted as TypeORM would persist it.
 */
export async function insertInBatches<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  progress?: SeedOptions['progress'],
): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  // A foreign key column is declared twice (the column, the relation's join column): keep the column.
  // Generated ids are left to the database unless the rows give them (rows that others refer to).
  const byName = new Map<string, ColumnMetadata>();
  for (const column of metadata.columns) {
    if (column.isGenerated && column.generationStrategy === 'increment' && column.getEntityValue(rows[0] ?? {}) === undefined) continue;
    if (!byName.has(column.databaseName) || !column.relationMetadata) byName.set(column.databaseName, column);
  }
  const columns = [...byName.values()];
  const rowsPerStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
  const head = `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement);
    const parameters = batch.flatMap((row) => columns.map((column) => driver.preparePersistentValue(valueOf(column, row), column) ?? null));
    await manager.query(head + batch.map(() => tuple).join(', '), parameters);
    progress?.(metadata.tableName, start + batch.length, rows.length);
  }
}
