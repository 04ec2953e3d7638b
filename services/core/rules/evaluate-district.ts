import { evidence } from './evidence';
import type { Judging } from './judging';
import type { ConditionOf, Outcome } from './outcome';
import type { TargetFact } from './record';

/** A district's place in its cluster and its targets, in the year judged. */

export function clusterRank(judged: Judging, condition: ConditionOf<'CLUSTER_RANK'>): Outcome {
  const [best] = (judged.record.standings ?? []).filter((standing) => standing.year === judged.year).sort((a, b) => a.rank - b.rank);
  if (!best) {
    return { met: false, evidence: () => evidence({ years: [judged.year], note: `no cluster standing recorded for ${judged.year}` }) };
  }
  return {
    met: best.rank <= condition.atMost,
    evidence: () => evidence({
      years: [judged.year],
      rank: best.rank,
      of: best.members,
      clusterId: best.clusterId,
      note: `rank ${best.rank} of ${best.members} in cluster ${best.clusterId} in ${judged.year}`,
    }),
  };
}

type Measured = TargetFact & { planned: number; actual: number };

function met(target: Measured): boolean {
  return target.higherIsBetter ? target.actual >= target.planned : target.actual <= target.planned;
}

function exceeded(target: Measured): boolean {
  return target.higherIsBetter ? target.actual > target.planned : target.actual < target.planned;
}

/** Every target of the year with a plan and a result met, at least one exceeded. */
export function targetsExceeded(judged: Judging): Outcome {
  const ofYear = (judged.record.targets ?? []).filter((target) => target.year === judged.year);
  const measured = ofYear.filter((target): target is Measured => target.planned !== null && target.actual !== null);
  const missed = measured.filter((target) => !met(target));
  const over = measured.filter(exceeded);
  return {
    met: measured.length > 0 && missed.length === 0 && over.length > 0,
    evidence: () => {
      const notes = [`${over.length} of ${measured.length} measured targets exceeded in ${judged.year}`];
      if (missed.length > 0) notes.push(`not met: ${missed.map((target) => target.name).join(', ')}`);
      if (ofYear.length > measured.length) notes.push(`${ofYear.length - measured.length} without a plan or a result`);
      return evidence({ years: [judged.year], count: over.length, of: measured.length, note: notes.join('; ') });
    },
  };
}
