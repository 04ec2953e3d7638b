import type { WhereExpressionBuilder } from 'typeorm';
import { assertYear, graphError } from '../core/errors';
import type { AwardListArgs } from './entities/award-list-args';
import type { AwardLevel } from './entities/award-type';

/** A list's filter arguments, checked, with null for what was omitted (a stable loader key). */
export interface AwardFilter {
  level: AwardLevel | null;
  fromYear: number | null;
  toYear: number | null;
}

export function awardFilter({ level, fromYear, toYear }: AwardListArgs): AwardFilter {
  assertYear(fromYear, 'fromYear');
  assertYear(toYear, 'toYear');
  if (fromYear != null && toYear != null && fromYear > toYear) {
    throw graphError('BAD_USER_INPUT', `fromYear (${fromYear}) must not be after toYear (${toYear})`, { argument: 'fromYear' });
  }
  return { level: level ?? null, fromYear: fromYear ?? null, toYear: toYear ?? null };
}

/** The filter on the award table, for the paged lists. */
export function whereAwardFilter(query: WhereExpressionBuilder, alias: string, { level, fromYear, toYear }: AwardFilter): void {
  if (level !== null) {
    query.andWhere(`${alias}.awardTypeCode IN (SELECT code FROM award_type WHERE level = :filterLevel)`, { filterLevel: level });
  }
  if (fromYear !== null) query.andWhere(`${alias}.year >= :filterFromYear`, { filterFromYear: fromYear });
  if (toYear !== null) query.andWhere(`${alias}.year <= :filterToYear`, { filterToYear: toYear });
}

/** The same filter on a record held in memory. */
export function inAwardFilter({ level, fromYear, toYear }: AwardFilter, record: { year: number; level: AwardLevel }): boolean {
  return (level === null || record.level === level) && (fromYear === null || record.year >= fromYear) && (toYear === null || record.year <= toYear);
}
