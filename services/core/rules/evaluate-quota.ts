import { evidence } from './evidence';
import type { Judging } from './judging';
import type { ConditionOf, Outcome } from './outcome';
import { percent, sharePercent, withinShare } from './share';

/**
 * A cap on a unit's holders of a title (Decree 91's CSTDCS at most 15% of the unit's LDTT). The
 * unit's count is taken with this recipient in it: added when judging a new award, already there
 * when an award held is judged again.
 */
export function quota(judged: Judging, condition: ConditionOf<'QUOTA'>): Outcome {
  const unitCounts = judged.record.unitCounts ?? [];
  const holdersOf = (award: string) =>
    unitCounts.find((count) => count.year === judged.year && count.awardTypeCode === award)?.holders ?? 0;
  const holdsIt = judged.record.awards.some((award) => award.awardTypeCode === condition.award && award.year === judged.year);
  const withThis = holdersOf(condition.award) + (holdsIt ? 0 : 1);
  const base = holdersOf(condition.of);
  return {
    met: withinShare(withThis, base, condition.share),
    evidence: () => evidence({
      years: [judged.year],
      count: withThis,
      of: base,
      note: `${withThis} ${condition.award} with this one against ${base} ${condition.of} in the unit (${percent(withThis, base)}%); at most ${sharePercent(condition.share)}%`,
    }),
  };
}
