import type { Measurement } from './measurement';
import { TARGET_LABELS, type AnswerCheck, type Ratio, type Row } from './results';

/** The processes of the CPU columns; our two gateways share one. */
const CPU_COLUMNS: Array<{ title: string; processes: string[] }> = [
  { title: 'gateway', processes: ['gateway', 'gateway-no-cache'] },
  { title: 'district', processes: ['district'] },
  { title: 'cluster', processes: ['cluster'] },
  { title: 'city', processes: ['city'] },
  { title: 'hive', processes: ['hive'] },
  { title: 'mariadbd', processes: ['mariadbd'] },
];

const decimals = (value: number) => (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
export const figure = (value: number) => (Number.isFinite(value) ? value.toFixed(decimals(value)) : '–');

function cpuOf(measurement: Measurement, processes: string[]): string {
  const present = processes.filter((name) => name in measurement.cpu);
  return present.length === 0 ? '–' : figure(present.reduce((sum, name) => sum + measurement.cpu[name], 0));
}

function errorsOf(measurement: Measurement): string {
  const kinds = [
    [measurement.timeouts, 'timeouts'],
    [measurement.non2xx, 'non-2xx'],
    [measurement.graphqlErrors, 'with errors'],
    [measurement.socketErrors, 'socket errors'],
  ] as const;
  const seen = kinds.filter(([count]) => count > 0).map(([count, kind]) => `${count} ${kind}`);
  return seen.length === 0 ? '0' : seen.join(', ');
}

export const dataSetOf = (row: { database: string; scale: number }) => `${row.database === 'sqlite' ? 'SQLite' : 'MariaDB'}, scale ${row.scale}`;

export const ROWS_HEADER = [
  `| data | query | target | conns | RPS | p50 ms | p99 ms | errors | ${CPU_COLUMNS.map((column) => `CPU ${column.title}`).join(' | ')} | CPU sum |`,
  `|---|---|---|--:|--:|--:|--:|---|${CPU_COLUMNS.map(() => '--:|').join('')}--:|`,
].join('\n');

export function rowLine(row: Row): string {
  const { measurement } = row;
  return `| ${dataSetOf(row)} | ${row.query} | ${TARGET_LABELS[row.target]} | ${row.connections} | ${figure(measurement.rps)} | ${figure(measurement.p50)} | ${figure(measurement.p99)} | ${errorsOf(measurement)} | ${CPU_COLUMNS.map((column) => cpuOf(measurement, column.processes)).join(' | ')} | ${figure(measurement.cpuSum)} |`;
}

export function answersTable(checks: AnswerCheck[]): string {
  return [
    '| data | query | compared | answers |',
    '|---|---|---|---|',
    ...checks.map(
      (check) =>
        `| ${dataSetOf(check)} | ${check.query} | ${check.against === 'hive' ? 'gateway and Hive Gateway' : 'gateway and raw SQL'} | ${check.identical ? 'identical' : `DIFFERENT${check.detail ? `: ${check.detail.replaceAll('|', '\\|')}` : ''}`} |`,
    ),
  ].join('\n');
}

/** The figures measured, then one line naming those this run's options left out. */
export function ratiosTable(ratios: Ratio[]): string {
  const measured = ratios.filter((ratio) => ratio.met !== null);
  const left = ratios.filter((ratio) => ratio.met === null);
  return [
    '| figure | measured | target | |',
    '|---|---|---|---|',
    ...measured.map((ratio) => `| ${ratio.name} | ${ratio.measured} | ${ratio.target} | ${ratio.met ? 'met' : 'missed'} |`),
    ...(left.length ? ['', `Not measured in this run: ${left.map((ratio) => ratio.name).join('; ')}.`] : []),
  ].join('\n');
}
