import type { GraphQLError } from 'graphql';
import { graphError } from '../core/errors';
import { askGraph, inChunks } from '../core/graph-query';
import { appliedVersion, notEligible, ruleFor, type AwardRule, type RecipientKindName, type RuleVersion, type Verdict } from '../core/rules';
import { evidence } from '../core/rules/evidence';
import type { CityContext } from './context';
import { RECIPIENT_ID } from './decision-rules';
import { RecipientKind } from './entities/award-type';
import type { DecisionAwardInput } from './inputs/decision-award.input';
import type { RecipientClaim } from './recipient-claim';

/** The root field that finds a recipient of each kind. */
const ROOT_FIELD: Record<RecipientKind, string> = {
  [RecipientKind.INDIVIDUAL]: 'person',
  [RecipientKind.COLLECTIVE]: 'unit',
  [RecipientKind.DISTRICT]: 'district',
};

const recipientIdOf = (claim: RecipientClaim): string => claim[RECIPIENT_ID[claim.recipientKind]]!;

/** A claim to judge, and the input field that named it (for the errors). */
export interface ClaimToJudge {
  claim: RecipientClaim;
  field: string;
}

interface Judged extends ClaimToJudge {
  version: RuleVersion;
  rule: AwardRule;
}

interface EligibilityAnswer {
  eligibility: {
    eligible: boolean;
    conditions: Array<{ code: string; kind: string; met: boolean; description: string; descriptionVi: string }>;
  } | null;
}

/** The rule a year's award is judged by; the rule module's BAD_USER_INPUT, on the field that named it. */
function ruleOf({ claim, field }: ClaimToJudge): Judged {
  try {
    return { claim, field, ...ruleFor(claim.awardTypeCode, claim.year, claim.recipientKind as RecipientKindName) };
  } catch (error) {
    throw graphError('BAD_USER_INPUT', `${field}: ${(error as GraphQLError).message}`, { field });
  }
}

/**
 * One query of aliased root fields, `e0: person(id: $e0) { eligibility(awardType: $t0, year: $y0) { … } }`:
 * the district subgraph judges each recipient with every level's facts (@requires), and this
 * subgraph reads the verdict. The caller is not forwarded: a verdict needs no personal evidence.
 */
async function verdictsOf(context: CityContext, chunk: Judged[]): Promise<Verdict[]> {
  const data = await askGraph(context, {
    operationName: 'CheckEligibility',
    query: `query CheckEligibility(${chunk.map((_, n) => `$e${n}: ID!, $t${n}: String!, $y${n}: Int!`).join(', ')}) { ${chunk
      .map(
        ({ claim }, n) =>
          `e${n}: ${ROOT_FIELD[claim.recipientKind]}(id: $e${n}) { eligibility(awardType: $t${n}, year: $y${n}) { eligible conditions { code kind met description descriptionVi } } }`,
      )
      .join(' ')} }`,
    variables: Object.fromEntries(
      chunk.flatMap(({ claim }, n) => [
        [`e${n}`, recipientIdOf(claim)],
        [`t${n}`, claim.awardTypeCode],
        [`y${n}`, claim.year],
      ]),
    ),
    unverified: (reason, details = {}) =>
      graphError('REFERENCE_UNVERIFIED', `the eligibility of ${chunk.map(({ field }) => field).join(', ')} could not be checked: ${reason}; nothing was written, try again later`, {
        fields: chunk.map(({ field }) => field),
        ...details,
      }),
  });
  return chunk.map(({ claim, field, version }, n): Verdict => {
    const judged = (data[`e${n}`] as EligibilityAnswer | null)?.eligibility;
    // The recipients were verified a moment ago: a missing verdict is the graph's failure, not a "no".
    if (!judged) throw graphError('REFERENCE_UNVERIFIED', `${field}: the graph answered no eligibility; nothing was written, try again later`, { field });
    return verdictOf(claim, version, judged.eligible, judged.conditions.map(({ code, kind, met, description, descriptionVi }) => ({ code, kind, met, en: description, vi: descriptionVi, evidence: evidence(), parts: [] })));
  });
}

function verdictOf(claim: RecipientClaim, version: RuleVersion, eligible: boolean, conditions: Verdict['conditions']): Verdict {
  return {
    awardType: claim.awardTypeCode,
    year: claim.year,
    recipientKind: claim.recipientKind,
    recipientId: recipientIdOf(claim),
    eligible,
    version: appliedVersion(version),
    conditions,
    failed: conditions.filter((condition) => !condition.met).map((condition) => condition.code),
  };
}

/**
 * The one judgement of recipient claims, for a decision's awards and a dossier's submission alike:
 * each by the rule in force for its year, asked of the graph before the write's transaction, in
 * chunks of the gateway's root-field limit. A rule without conditions (a BK_TP to a collective: the
 * council's judgement alone) is met by any record, without a question. BAD_USER_INPUT where no rule
 * judges a claim; REFERENCE_UNVERIFIED when the graph cannot answer. Verdicts in the claims' order.
 */
export async function judgeClaims(context: CityContext, claims: ClaimToJudge[]): Promise<Verdict[]> {
  const ruled = claims.map(ruleOf);
  const asked = ruled.filter(({ rule }) => rule.conditions.length > 0);
  const answers = new Map<Judged, Verdict>();
  const verdicts = await inChunks(asked, context.graph.rootFields, (chunk) => verdictsOf(context, chunk));
  asked.forEach((judged, index) => answers.set(judged, verdicts[index]));
  return ruled.map((judged) => answers.get(judged) ?? verdictOf(judged.claim, judged.version, true, []));
}

/** Whether a rule version judges the claim: none does for a year before the first version, or a type no version knows. */
export function isJudgedByRule(claim: RecipientClaim): boolean {
  try {
    ruleFor(claim.awardTypeCode, claim.year, claim.recipientKind as RecipientKindName);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a decision any of whose awards (but the ad hoc ones, khen thưởng đột xuất) its recipient
 * is not eligible for under the rule in force for its year: NOT_ELIGIBLE naming each failed
 * condition; nothing is written.
 */
export async function assertEligible(context: CityContext, awards: DecisionAwardInput[]): Promise<void> {
  const claims = awards.flatMap((award, index): ClaimToJudge[] => (award.adHocReason ? [] : [{ claim: award, field: `awards.${index}` }]));
  const verdicts = await judgeClaims(context, claims);
  if (verdicts.some((verdict) => !verdict.eligible)) throw notEligible(verdicts, 'awards');
}
