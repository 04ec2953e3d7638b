import { evidence } from './evidence';
import { inForceDuring, type Judging } from './judging';
import type { Outcome } from './outcome';

/** No discipline of the recipient in force on any day of the year judged. */
export function noDiscipline(judged: Judging): Outcome {
  const inForce = judged.record.disciplines.filter((discipline) => inForceDuring(discipline, judged.year));
  return {
    met: inForce.length === 0,
    evidence: () => evidence({
      years: [judged.year],
      disciplines: inForce,
      note: inForce.length === 0 ? `no discipline in force in ${judged.year}` : `${inForce.length} discipline(s) in force in ${judged.year}`,
    }),
  };
}
