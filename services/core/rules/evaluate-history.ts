import { evidence } from './evidence';
import { counts, period, voidingIn, type Judging } from './judging';
import type { ConditionOf, Outcome } from './outcome';
import { RATING_ORDER, type RatingName, type YearRatingFact } from './record';

/** The recipient's own titles and ratings over a period ending with the rule's last year. */

function range(span: number[]): string {
  return span.length === 1 ? `${span[0]}` : `${span[0]}–${span[span.length - 1]}`;
}

function voidedNote(voided: number[]): string {
  return voided.length === 0 ? '' : `; ${voided.join(', ')} do not count: before the end of a discipline's period`;
}

function titleYears(judged: Judging, award: string, years: number) {
  const span = period(judged, years);
  const held = judged.record.awards.filter((held) => held.awardTypeCode === award && span.includes(held.year));
  const heldYears = [...new Set(held.map((held) => held.year))].sort((a, b) => a - b);
  const counting = heldYears.filter((year) => counts(judged, year));
  const voided = () => heldYears.filter((year) => !counts(judged, year));
  const note = () => `${award} held in ${counting.length} of the ${years} years ${range(span)}${voidedNote(voided())}`;
  return { held, counting, voided, note };
}

export function titleRun(judged: Judging, condition: ConditionOf<'TITLE_RUN'>): Outcome {
  const { held, counting, voided, note } = titleYears(judged, condition.award, condition.years);
  return {
    met: counting.length === condition.years,
    evidence: () => evidence({ years: counting, awards: held, disciplines: voidingIn(judged, voided()), count: counting.length, of: condition.years, note: note() }),
  };
}

export function titleCount(judged: Judging, condition: ConditionOf<'TITLE_COUNT'>): Outcome {
  const { held, counting, voided, note } = titleYears(judged, condition.award, condition.years);
  return {
    met: counting.length >= condition.count,
    evidence: () => evidence({ years: counting, awards: held, disciplines: voidingIn(judged, voided()), count: counting.length, of: condition.count, note: note() }),
  };
}

function atLeast(rating: RatingName, floor: RatingName): boolean {
  return RATING_ORDER.indexOf(rating) >= RATING_ORDER.indexOf(floor);
}

function ratedYears(judged: Judging, floor: RatingName, years: number) {
  const span = period(judged, years);
  const ratings: YearRatingFact[] = judged.record.ratings.filter((rating) => span.includes(rating.year)).sort((a, b) => a.year - b.year);
  const rated = [...new Set(ratings.filter((rating) => atLeast(rating.rating, floor)).map((rating) => rating.year))];
  const counting = rated.filter((year) => counts(judged, year));
  const voided = () => rated.filter((year) => !counts(judged, year));
  const note = () => `rated ${floor} or better in ${counting.length} of the ${years} years ${range(span)}${voidedNote(voided())}`;
  return { ratings, counting, voided, note };
}

export function ratingRun(judged: Judging, condition: ConditionOf<'RATING_RUN'>): Outcome {
  const { ratings, counting, voided, note } = ratedYears(judged, condition.atLeast, condition.years);
  return {
    met: counting.length === condition.years,
    evidence: () => evidence({ years: counting, ratings, disciplines: voidingIn(judged, voided()), count: counting.length, of: condition.years, note: note() }),
  };
}

export function ratingCount(judged: Judging, condition: ConditionOf<'RATING_COUNT'>): Outcome {
  const { ratings, counting, voided, note } = ratedYears(judged, condition.atLeast, condition.years);
  return {
    met: counting.length >= condition.count,
    evidence: () => evidence({ years: counting, ratings, disciplines: voidingIn(judged, voided()), count: counting.length, of: condition.count, note: note() }),
  };
}

/** A prior award, from a year before the period (`years` 0: of the period's last year or before). A conferred award stays held after a discipline. */
export function holdsBefore(judged: Judging, condition: ConditionOf<'HOLDS_BEFORE'>): Outcome {
  const latest = judged.lastYear - condition.years;
  const held = judged.record.awards.filter((award) => award.awardTypeCode === condition.award && award.year <= latest).sort((a, b) => a.year - b.year);
  return {
    met: held.length > 0,
    evidence: () =>
      evidence({
        years: held.map((award) => award.year),
        awards: held,
        note: held.length > 0 ? `${condition.award} held in ${held.map((award) => award.year).join(', ')}` : `no ${condition.award} in ${latest} or before`,
      }),
  };
}
