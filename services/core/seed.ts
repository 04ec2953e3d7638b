import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
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

// SQLite binds at most 32,766 parameters a statement; 500 rows of up to 60 columns stay well under.
const BATCH_ROWS = 500;

/** Inserts rows in multi-row INSERT statements, telling `progress` after each. */
export async function insertInBatches<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  progress?: SeedOptions['progress'],
): Promise<void> {
  const table = manager.getRepository(entity).metadata.tableName;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + BATCH_ROWS)).updateEntity(false).execute();
    progress?.(table, Math.min(start + BATCH_ROWS, rows.length), rows.length);
  }
}
