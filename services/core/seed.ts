import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { DatasetName } from './datasets';

/** The `source` of generated rows; rows taken from a source article carry its file name instead. */
export const SYNTHETIC = 'synthetic';

export interface SeedOptions {
  dataset: DatasetName;
  /** 1 is the demo; N makes every district N times as large (units, people and what they hold). */
  scale: number;
  /** Told after every batch: the table, rows written so far, rows to write. */
  progress?: (table: string, written: number, total: number) => void;
}

/**
 * Deterministic pseudo-random numbers (mulberry32 seeded by a string hash): the same seed parts
 * give the same data on every machine, so generated data sets are reproducible.
 */
export class Random {
  private state: number;

  constructor(...seedParts: Array<string | number>) {
    let hash = 2166136261;
    for (const char of seedParts.join('/')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    this.state = hash >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An ISO date in the year, its month and day drawn from the ranges (a one-value range draws nothing). */
  date(year: number, [firstMonth, lastMonth]: [number, number], [firstDay, lastDay]: [number, number] = [1, 28]): string {
    const month = firstMonth === lastMonth ? firstMonth : this.int(firstMonth, lastMonth);
    const day = firstDay === lastDay ? firstDay : this.int(firstDay, lastDay);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }
}

// SQLite binds at most 32,766 parameters a statement, MySQL 65,535: stay well under both.
const PARAMETERS_PER_STATEMENT = 20_000;

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
    const parameters = batch.flatMap((row) =>
      columns.map((column) => driver.preparePersistentValue(column.getEntityValue(row), column) ?? null),
    );
    await manager.query(head + batch.map(() => tuple).join(', '), parameters);
    progress?.(metadata.tableName, start + batch.length, rows.length);
  }
}
