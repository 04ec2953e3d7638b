import type { DisciplineFact, RecipientRecord } from './record';
import type { AwardRule } from './vocabulary';

/** One judgment: whose record, for which award and year, and which years of it count. */
export interface Judging {
  record: RecipientRecord;
  awardType: string;
  year: number;
  /** The last year of the periods the conditions look back over (the rule's periodEnds). */
  lastYear: number;
  /**
   * The first year whose achievements count: after a discipline, achievements count only from the
   * end of its period, so a discipline ending mid-year voids its whole year and every year before it.
   * Only disciplines that began by the end of the year judged matter.
   */
  countsFrom: number;
  /** The disciplines that set countsFrom (personal: redaction drops them). */
  voiding: DisciplineFact[];
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export function judging(record: RecipientRecord, awardType: string, year: number, periodEnds: AwardRule['periodEnds'] = 'YEAR_JUDGED'): Judging {
  const begun = record.disciplines.filter((discipline) => discipline.from <= `${year}-12-31`);
  const countsFrom = begun.reduce((first, discipline) => Math.max(first, yearOf(discipline.to) + 1), Number.NEGATIVE_INFINITY);
  return { record, awardType, year, lastYear: periodEnds === 'YEAR_BEFORE' ? year - 1 : year, countsFrom, voiding: begun };
}

/** The `years` years ending with the period's last year (the year judged, or the one before), oldest first. */
export function period(judged: Judging, years: number): number[] {
  // A plain loop: every condition of every record of a district asks for its period.
  const span: number[] = [];
  for (let year = judged.lastYear - years + 1; year <= judged.lastYear; year += 1) span.push(year);
  return span;
}

export function counts(judged: Judging, year: number): boolean {
  return year >= judged.countsFrom;
}

/** The disciplines that void some year of `years`: evidence of why a year did not count. */
export function voidingIn(judged: Judging, years: number[]): DisciplineFact[] {
  return years.length === 0 ? [] : judged.voiding.filter((discipline) => yearOf(discipline.to) >= years[0]);
}

/** A discipline is in force on some day of `year`. */
export function inForceDuring(discipline: DisciplineFact, year: number): boolean {
  return discipline.from <= `${year}-12-31` && discipline.to >= `${year}-01-01`;
}
