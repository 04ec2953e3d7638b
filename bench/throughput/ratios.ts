import type { Measurement } from './measurement';
import { TARGET_LABELS, type AnswerCheck, type Database, type Ratio, type Row, type Target } from './results';
import { figure } from './table';

type Where = { database: Database; scale: number; query: string; target: Target };

/** Each connection count's figure, where both rows it needs were measured. */
function series(rows: Row[], a: Where, b: Where | null, value: (a: Measurement, b?: Measurement) => number): Array<{ connections: number; value: number }> {
  const find = (where: Where, connections: number) =>
    rows.find((row) => row.database === where.database && row.scale === where.scale && row.query === where.query && row.target === where.target && row.connections === connections)?.measurement;
  const connections = [...new Set(rows.map((row) => row.connections))].sort((x, y) => x - y);
  return connections.flatMap((count) => {
    const first = find(a, count);
    const second = b ? find(b, count) : undefined;
    if (!first || (b && !second)) return [];
    return [{ connections: count, value: value(first, second) }];
  });
}

// A window in which no answer arrived has no percentile: the figure misses its target.
const listed = (values: Array<{ connections: number; value: number }>, shown: (value: number) => string = figure) =>
  values.map(({ connections, value }) => `${Number.isFinite(value) ? shown(value) : 'no answer in the window'} (${connections} conns)`).join(', ');

function ratio(name: string, values: Array<{ connections: number; value: number }>, target: string, holds: (value: number) => boolean, shown?: (value: number) => string): Ratio {
  return { name, measured: values.length ? listed(values, shown) : '–', target, met: values.length ? values.every(({ value }) => holds(value)) : null };
}

const ms = (value: number) => `${figure(value)} ms`;

/** Issue 14's "Numbers to reach", each as this run measured it. */
export function issueRatios(rows: Row[], checks: AnswerCheck[]): Ratio[] {
  const mariadbScales = [...new Set(rows.filter((row) => row.database === 'mariadb').map((row) => row.scale))].sort((x, y) => x - y);
  const base = mariadbScales[0] ?? 1;
  const queries = [...new Set(rows.map((row) => row.query))];
  const ours: Target[] = ['gateway', 'gateway-no-cache'];
  const at = (query: string, target: Target, scale = base, database: Database = 'mariadb'): Where => ({ database, scale, query, target });
  const ratios: Ratio[] = [];

  for (const target of ours) {
    const label = TARGET_LABELS[target];
    ratios.push(ratio(`districts: ${label} p50 ÷ direct p50`, series(rows, at('districts', target), at('districts', 'direct'), (g, d) => g.p50 / d!.p50), '≤ 1.3', (v) => v <= 1.3));
    ratios.push(ratio(`districts: ${label} RPS ÷ direct RPS`, series(rows, at('districts', target), at('districts', 'direct'), (g, d) => g.rps / d!.rps), '≥ 0.75', (v) => v >= 0.75));
  }
  for (const query of queries) {
    const identical = checks.filter((check) => check.query === query && check.against === 'hive').every((check) => check.identical);
    for (const target of ours) {
      const found = ratio(`${query}: ${TARGET_LABELS[target]} RPS ÷ Hive Gateway RPS`, series(rows, at(query, target), at(query, 'hive'), (g, h) => g.rps / h!.rps), '≥ 1.5, identical answers', (v) => v >= 1.5);
      if (!identical) found.measured += '; answers DIFFERENT';
      ratios.push({ ...found, met: found.met === null ? null : found.met && identical });
    }
  }
  ratios.push(ratio('ranking: CPU ms per request, all processes, gateway without the response cache', series(rows, at('ranking', 'gateway-no-cache'), null, (g) => g.cpuSum), '≤ 8 ms', (v) => v <= 8, ms));
  ratios.push(ratio('ranking: gateway (response cache) RPS ÷ raw SQL RPS', series(rows, at('ranking', 'gateway'), at('ranking', 'sql'), (g, s) => g.rps / s!.rps), '≥ 1', (v) => v >= 1));
  for (const scale of mariadbScales.filter((scale) => scale !== base)) {
    for (const query of queries) {
      const p50 = series(rows, at(query, 'gateway-no-cache', scale), at(query, 'gateway-no-cache'), (big, small) => big.p50 / small!.p50);
      const p99 = series(rows, at(query, 'gateway-no-cache', scale), at(query, 'gateway-no-cache'), (big, small) => big.p99 / small!.p99);
      ratios.push({
        name: `${query}: scale ${scale} ÷ scale ${base}, p50 and p99 (gateway, no response cache)`,
        measured: p50.length ? `p50 ${listed(p50)}; p99 ${listed(p99)}` : '–',
        target: '≤ 1.3',
        met: p50.length ? [...p50, ...p99].every(({ value }) => value <= 1.3) : null,
      });
    }
  }
  for (const scale of mariadbScales) {
    // The scales after the first run only our gateway without its response cache.
    for (const target of scale === base ? ours : (['gateway-no-cache'] as Target[])) {
      const p50 = series(rows, at('district-people', target, scale), null, (m) => m.p50).filter(({ connections }) => connections === 10);
      ratios.push(ratio(`district-people: p50 at 10 connections, MariaDB scale ${scale}, ${TARGET_LABELS[target]}`, p50, '≤ 100 ms', (v) => v <= 100, ms));
    }
  }
  for (const target of ours) {
    const failed = series(rows, at('district-people', target, 1, 'sqlite'), null, (m) => m.timeouts + m.non2xx + m.graphqlErrors + m.socketErrors).filter(({ connections }) => connections === 50);
    ratios.push(ratio(`district-people: timeouts and errors at 50 connections on SQLite, ${TARGET_LABELS[target]}`, failed, 'none', (v) => v === 0, String));
  }
  return ratios;
}
