import type { Logger } from 'typeorm';

/** A TypeORM logger that hands every statement a data source runs to `onQuery`, and nothing else. */
export function recordingLogger(onQuery: (sql: string, parameters?: unknown[]) => void): Logger {
  return {
    logQuery: (sql, parameters) => onQuery(sql, Array.isArray(parameters) ? parameters : []),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}

/** Whether a statement reads rows (not transaction control or PRAGMAs). */
export const isSelect = (sql: string): boolean => /^\s*select/i.test(sql);
