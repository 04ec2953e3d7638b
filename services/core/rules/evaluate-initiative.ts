import { evidence } from './evidence';
import { counts, period, voidingIn, type Judging } from './judging';
import type { ConditionOf, Outcome } from './outcome';
import { SCOPE_ORDER, type InitiativeFact } from './record';

/**
 * An initiative is used once (for one title or one form): it counts when unused, or when used for
 * this very award of this very year (the award being judged again rests on it).
 */
export function usableFor(initiative: InitiativeFact, awardType: string, year: number): boolean {
  return initiative.usedFor === null || (initiative.usedFor === awardType && initiative.usedForYear === year);
}

export function initiatives(judged: Judging, condition: ConditionOf<'INITIATIVE'>): Outcome {
  const span = period(judged, condition.years);
  const inScope = judged.record.initiatives
    .filter((initiative) => span.includes(initiative.year) && SCOPE_ORDER.indexOf(initiative.scope) >= SCOPE_ORDER.indexOf(condition.atLeast))
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  const usable = inScope.filter((initiative) => usableFor(initiative, judged.awardType, judged.year) && counts(judged, initiative.year));
  return {
    met: usable.length >= condition.count,
    evidence: () => {
      const used = inScope.filter((initiative) => !usableFor(initiative, judged.awardType, judged.year));
      const voided = inScope.filter((initiative) => usableFor(initiative, judged.awardType, judged.year) && !counts(judged, initiative.year));
      const notes = [`${usable.length} usable initiative(s) of ${condition.atLeast} scope or wider in ${span[0]}–${judged.lastYear}, ${condition.count} needed`];
      if (used.length > 0) {
        notes.push(`already used: ${used.map((initiative) => `${initiative.id} for ${initiative.usedFor}${initiative.usedForYear === null ? '' : ` ${initiative.usedForYear}`}`).join(', ')}`);
      }
      if (voided.length > 0) notes.push(`${voided.map((initiative) => initiative.id).join(', ')} before the end of a discipline's period`);
      return evidence({
        years: span,
        initiatives: usable,
        disciplines: voidingIn(judged, voided.map((initiative) => initiative.year)),
        count: usable.length,
        of: condition.count,
        note: notes.join('; '),
      });
    },
  };
}
