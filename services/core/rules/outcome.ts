import type { Condition } from './vocabulary';
import type { Evidence } from './verdict';

/** What one condition of one kind yields before it is dressed as a ConditionResult. */
export interface Outcome {
  met: boolean;
  /**
   * What the outcome rests on, built only when asked: a whole district's first pass needs only `met`
   * of thousands of records, and their notes and evidence would cost more than the judging.
   */
  evidence: () => Evidence;
}

export type ConditionOf<K extends Condition['kind']> = Extract<Condition, { kind: K }>;
