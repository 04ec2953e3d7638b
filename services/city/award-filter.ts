import type { WhereExpressionBuilder } from 'typeorm';
import { AwardStatus } from '../core/award-status';
import { assertYear, graphError } from '../core/errors';
import type { AwardListArgs } from './entities/award-list-args';
import type { AwardLevel } from './entities/award-type';

/** A list's filter arguments, checked, with null for what was omitted (a stable loader key). */
export interface AwardFilter {
  level: AwardLevel | null;
  fromYear: number | null;
  toYear: number | null;
  includeRevoked: boolean;
}

export function awardFilter({ level, fromYear, toYear, includeRevoked }: AwardListArgs): AwardFilter {
  assertYear(fromYear, 'fromYear');
  assertYear(toYear, 'toYear');
  if (fromYear != null && toYear != null && fromYear > toYear) {
    throw graphError('BAD_USER_INPUT', `fromYear (${fromYear}) must not be after toYear (${toYear})`, { argument: 'fromYear' });
  }
  return { level: level ?? null, fromYear: fromYear ?? null, toYear: toYear ?? null, includeRevoked: includeRevoked ?? false };
}

/** The filter on the award table, for the paged lists. */
export function whereAwardFilter(query: WhereExpressionBuilder, alias: string, { level, fromYear, toYear, includeRevoked }: AwardFilter): void {
  if (level !== null) {
    query.andWhere(`${alias}.awardTypeCode IN (SELECT code FROM award_type WHERE level = :filterLevel)`, { filterLevel: level });
  }
  if (fromYear !== null) query.andWhere(`${alias}.year >= :filterFromYear`, { filterFromYear: fromYear });
  if (toYear !== null) query.andWhere(`${alias}.year <= :filterToYear`, { filterToYear: toYear });
  whereInForce(query, alias, includeRevoked);
}

/** Only the awards in force, unless the revoked ones are asked for too. */
export function whereInForce(query: WhereExpressionBuilder, alias: string, includeRevoked: boolean): void {
  if (!includeRevoked) query.andWhere(`${alias}.status = :filterStatus`, { filterStatus: AwardStatus.CONFERRED });
}

/** The same filter on a record held in memory. */
export function inAwardFilter({ level, fromYear, toYear, includeRevoked }: AwardFilter, record: { year: number; level: AwardLevel; status: AwardStatus }): boolean {
  return (
    (level === null || record.level === level) &&
    (fromYear === null || record.year >= fromYear) &&
    (toYear === null || record.year <= toYear) &&
    (includeRevoked || record.status === AwardStatus.CONFERRED)
  );
}
