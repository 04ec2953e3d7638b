import type { AuditedWrite } from '../core/audit';
import { ParIndex } from './entities/par-index';

/**
 * Standard competition ranking, as the city publishes the PAR index: equal scores share a rank and
 * the next rank skips (1, 2, 2, 4). The seed, recordParIndex and removeParIndex rank with it.
 */
export function competitionRanks(scores: Map<string, number>): Map<string, number> {
  const values = [...scores.values()];
  return new Map([...scores].map(([id, score]) => [id, 1 + values.filter((other) => other > score).length]));
}

/**
 * Ranks a year's stored PAR indexes again: each of `rows` whose rank `ranks` moved is updated, with
 * its audit row, in the write's transaction. Answers the year's ranking, best first: `rows` with
 * their new ranks, and `written` (the rows the write stored itself, already ranked).
 */
export async function writeRanks({ manager, record }: AuditedWrite, rows: ParIndex[], ranks: Map<string, number>, written: ParIndex[] = []): Promise<ParIndex[]> {
  const after = [...written];
  for (const row of rows) {
    const rank = ranks.get(row.districtId)!;
    if (rank !== row.rank) {
      await manager.update(ParIndex, { id: row.id }, { rank });
      record('ParIndex', row.id, row, { ...row, rank });
    }
    after.push({ ...row, rank });
  }
  return after.sort((a, b) => a.rank - b.rank || a.districtId.localeCompare(b.districtId));
}
