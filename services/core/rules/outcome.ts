import type { Condition } from './vocabulary';
import type { Evidence } from './verdict';

/** What one condition of one kind yields before it is dressed as a ConditionResult. */
export interface Outcome {
  met: boolean;
  evidence: Evidence;
}

export type ConditionOf<K extends Condition['kind']> = Extract<Condition, { kind: K }>;
