import { assertYear, graphError } from '../errors';
import type { RecipientKindName } from './record';
import { RULE_VERSIONS } from './versions';
import type { AwardRule, RuleVersion } from './vocabulary';

const FIRST_YEAR = 1945;
const LAST_YEAR = 2100;
const RECIPIENT_KINDS: RecipientKindName[] = ['INDIVIDUAL', 'COLLECTIVE', 'DISTRICT'];

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The version in force on 31 December of `year`, when the year's titles are considered; null for no version or no real year. */
export function versionInForce(year: number): RuleVersion | null {
  if (!isYear(year)) return null;
  const lastDay = `${year}-12-31`;
  return RULE_VERSIONS.find((version) => version.inForceFrom <= lastDay && (version.inForceTo === null || lastDay <= version.inForceTo)) ?? null;
}

const AWARD_TYPES: readonly string[] = [...new Set(RULE_VERSIONS.flatMap((version) => version.rules.map((rule) => rule.awardType)))];

/** Every award type some version has a rule for, in catalogue order. */
export function ruleAwardTypes(): string[] {
  return [...AWARD_TYPES];
}

/** versionInForce for a year already checked, refusing a year before the first version as the caller's mistake. */
function versionCovering(year: number): RuleVersion {
  const version = versionInForce(year);
  if (!version) {
    throw graphError('BAD_USER_INPUT', `no rule version covers ${year}: the first is in force from ${RULE_VERSIONS[0].inForceFrom}`, { argument: 'year' });
  }
  return version;
}

/** The award types a version has a rule for a recipient of `kind`, in the order the version writes its rules. */
export function versionAwardTypes(version: RuleVersion, kind: RecipientKindName): string[] {
  return [...new Set(version.rules.filter((rule) => rule.recipientKinds.includes(kind)).map((rule) => rule.awardType))];
}

/**
 * versionAwardTypes of the version in force for `year`: what a record is judged against when no
 * award type is named. Bad input is BAD_USER_INPUT, as in ruleFor.
 */
export function ruleAwardTypesFor(year: number, kind: RecipientKindName): string[] {
  assertYear(year);
  return versionAwardTypes(versionCovering(year), kind);
}

type Chosen = { version: RuleVersion; rule: AwardRule };

// The versions are constant data, so a choice once made stands: a whole district judges thousands of
// records by the same rule, and choosing it again for each cost as much as judging them.
const chosen = new Map<string, Chosen>();

/** The rule a year's award to a recipient kind is judged by; bad input is the caller's, never an internal error. */
export function ruleFor(awardType: string, year: number, kind: RecipientKindName): Chosen {
  const key = `${awardType} ${year} ${kind}`;
  let choice = chosen.get(key);
  if (!choice) {
    choice = choose(awardType, year, kind);
    chosen.set(key, choice);
  }
  return choice;
}

function choose(awardType: string, year: number, kind: RecipientKindName): Chosen {
  assertYear(year);
  if (!AWARD_TYPES.includes(awardType)) {
    throw graphError('BAD_USER_INPUT', `no rule version knows the award type ${awardType}`, { argument: 'awardType' });
  }
  if (!RECIPIENT_KINDS.includes(kind)) {
    throw graphError('BAD_USER_INPUT', `recipient kind must be one of ${RECIPIENT_KINDS.join(', ')}, got ${kind}`, { argument: 'recipientKind' });
  }
  const version = versionCovering(year);
  const rules = version.rules.filter((rule) => rule.awardType === awardType);
  const rule = rules.find((candidate) => candidate.recipientKinds.includes(kind));
  if (!rule) {
    const takes = rules.flatMap((candidate) => candidate.recipientKinds);
    throw graphError(
      'BAD_USER_INPUT',
      takes.length === 0
        ? `${awardType} has no rule under ${version.id} (${year})`
        : `${awardType} is not conferred on a recipient of kind ${kind}: it takes ${takes.join(', ')}`,
      { argument: 'recipientKind' },
    );
  }
  return { version, rule };
}
