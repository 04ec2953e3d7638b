import type { Measurement } from './measurement';

/** What a row measured: the district subgraph called directly, a gateway, or the ranking's one SQL statement. */
export type Target = 'direct' | 'gateway' | 'gateway-no-cache' | 'hive' | 'sql';

export const TARGETS: Target[] = ['direct', 'gateway', 'gateway-no-cache', 'hive', 'sql'];

export const TARGET_LABELS: Record<Target, string> = {
  direct: 'district subgraph, direct',
  gateway: 'gateway',
  'gateway-no-cache': 'gateway, no response cache',
  hive: 'Hive Gateway',
  sql: 'raw SQL (one statement)',
};

export type Database = 'mariadb' | 'sqlite';

export interface Row {
  database: Database;
  scale: number;
  query: string;
  target: Target;
  connections: number;
  measurement: Measurement;
}

/** Whether a gateway answered the same as our gateway, per query and data set. */
export interface AnswerCheck {
  database: Database;
  scale: number;
  query: string;
  /** Our gateway against Hive Gateway, and for the ranking the SQL statement against our gateway. */
  against: 'hive' | 'sql';
  identical: boolean;
  detail?: string;
}

/** A figure the issue sets a target for, as measured in this run. */
export interface Ratio {
  name: string;
  measured: string;
  target: string;
  met: boolean | null;
}
