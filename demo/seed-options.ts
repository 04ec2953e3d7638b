import type { DatasetName } from '../services/core/config';

/** The `source` of generated rows; rows taken from a source article carry its file name instead. */
export const SYNTHETIC = 'synthetic';

export interface SeedOptions {
  dataset: DatasetName;
  /** 1 is the demo; N makes every district N times as large (units, people and what they hold). */
  scale: number;
  /** Told after every batch: the table, rows written so far, rows to write. */
  progress?: (table: string, written: number, total: number) => void;
}
