import type { AwardRule, Condition } from '../../core/rules/vocabulary';

/** The years of a recipient's record a rule can look at: the rows outside them are never read. */
export interface YearWindow {
  fromYear: number;
  toYear: number;
}

// The titles the district confers: a rule that asks whether one was held "before" a period reaches
// back to the first year on record. The rules ask that of city awards only, which come whole from the city.
const DISTRICT_TITLES = new Set(['LDTT', 'CSTDCS', 'TTLDTT', 'GK']);
const FIRST_YEAR = 1945;

/** How many years, ending with the last year of the rule's periods, a condition reads of the district's rows. */
function span(condition: Condition): number {
  switch (condition.kind) {
    case 'TITLE_RUN':
    case 'TITLE_COUNT':
    case 'RATING_RUN':
    case 'RATING_COUNT':
    case 'INITIATIVE':
      return condition.years;
    case 'HOLDS_BEFORE':
      return DISTRICT_TITLES.has(condition.award) ? Number.POSITIVE_INFINITY : condition.years + 1;
    case 'ANY_OF':
    case 'ALL_OF':
      return Math.max(1, ...condition.of.map(span));
    default:
      return 1;
  }
}

/**
 * The window of a rule judged for a year: the longest period any of its conditions reads, ending with
 * the rule's last year (the year judged, or the year before for a title that honours the record
 * completed before its year), and the year judged itself (a discipline in force, that year's members).
 */
export function windowOf(rule: AwardRule, year: number): YearWindow {
  const years = Math.max(1, ...rule.conditions.map(span));
  const lastYear = rule.periodEnds === 'YEAR_BEFORE' ? year - 1 : year;
  return { fromYear: Math.max(FIRST_YEAR, lastYear - years + 1), toYear: year };
}

/** The window that covers several (the rules of several kinds of recipient, judged together). */
export function widestWindow(windows: YearWindow[]): YearWindow {
  return { fromYear: Math.min(...windows.map((window) => window.fromYear)), toYear: Math.max(...windows.map((window) => window.toYear)) };
}

/** Whether a rule caps an award by a unit's holders (Decree 91's 15% of CSTDCS): only then are the unit's counts read. */
export function readsUnitCounts(rule: AwardRule): boolean {
  const quota = (condition: Condition): boolean =>
    condition.kind === 'QUOTA' || ((condition.kind === 'ANY_OF' || condition.kind === 'ALL_OF') && condition.of.some(quota));
  return rule.conditions.some(quota);
}

/** What of a whole district's rows some rules read: the rest is not read (a district's years of ratings are many). */
export interface RuleReads {
  /**
   * The years of ratings the conditions read (their periods; the year judged for members' ratings),
   * null for none: a title that honours the years before it reads no rating of the year judged.
   */
  ratings: YearWindow | null;
  initiatives: boolean;
  /** The district titles read (held, counted, shared by members, capped), and the award judged (the initiatives used for it). */
  awardCodes: string[];
}

export function readsOf(rules: AwardRule[], awardType: string, year: number): RuleReads {
  const reads = { ratings: null as YearWindow | null, initiatives: false, awardCodes: new Set([awardType]) };
  const rated = (fromYear: number, toYear: number) => {
    const years = { fromYear: Math.max(FIRST_YEAR, fromYear), toYear };
    reads.ratings = reads.ratings ? widestWindow([reads.ratings, years]) : years;
  };
  const visit = (lastYear: number) => (condition: Condition): void => {
    switch (condition.kind) {
      case 'RATING_RUN':
      case 'RATING_COUNT':
        rated(lastYear - condition.years + 1, lastYear);
        break;
      case 'MEMBERS_RATED':
        rated(year, year);
        break;
      case 'INITIATIVE':
        reads.initiatives = true;
        break;
      case 'TITLE_RUN':
      case 'TITLE_COUNT':
      case 'HOLDS_BEFORE':
      case 'MEMBER_SHARE':
      case 'MEMBER_HOLDS':
        reads.awardCodes.add(condition.award);
        break;
      case 'QUOTA':
        reads.awardCodes.add(condition.award).add(condition.of);
        break;
      case 'ANY_OF':
      case 'ALL_OF':
        condition.of.forEach(visit(lastYear));
        break;
      default:
        break;
    }
  };
  rules.forEach((rule) => rule.conditions.forEach(visit(rule.periodEnds === 'YEAR_BEFORE' ? year - 1 : year)));
  return { ratings: reads.ratings, initiatives: reads.initiatives, awardCodes: [...reads.awardCodes].sort() };
}
