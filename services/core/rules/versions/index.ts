import type { RuleVersion } from '../vocabulary';
import { DECREE_91_2017 } from './decree-91-2017';
import { LAW_06_2022 } from './law-06-2022';

/** Frozen all the way down: a caller that tries to edit a published rule fails loudly instead of changing it for everyone. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every published rule version, oldest first; each ends the day before the next begins. */
export const RULE_VERSIONS: RuleVersion[] = deepFreeze([DECREE_91_2017, LAW_06_2022]);
