import type { GraphQLError } from 'graphql';
import { graphError } from '../core/errors';
import { askGraph, inChunks } from '../core/graph-query';
import { appliedVersion, notEligible, ruleFor, type AwardRule, type RecipientKindName, type RuleVersion, type Verdict } from '../core/rules';
import { evidence } from '../core/rules/evidence';
import type { CityContext } from './context';
import { RECIPIENT_ID } from './decision-rules';
import { RecipientKind } from './entities/award-type';
import type { DecisionAwardInput } from './inputs/decision-award.input';

/** The root field that finds a recipient of each kind. */
const ROOT_FIELD: Record<RecipientKind, string> = {
  [RecipientKind.INDIVIDUAL]: 'person',
  [RecipientKind.COLLECTIVE]: 'unit',
  [RecipientKind.DISTRICT]: 'district',
};

const recipientIdOf = (award: DecisionAwardInput): string => award[RECIPIENT_ID[award.recipientKind]]!;

interface Judged {
  award: DecisionAwardInput;
  index: number;
  version: RuleVersion;
  rule: AwardRule;
}

interface EligibilityAnswer {
  eligibility: {
    eligible: boolean;
    conditions: Array<{ code: string; kind: string; met: boolean; description: string; descriptionVi: string }>;
  } | null;
}

/** The rule a year's award is judged by; the rule module's BAD_USER_INPUT, on the award that caused it. */
function ruleOf(award: DecisionAwardInput, index: number): Judged {
  try {
    return { award, index, ...ruleFor(award.awardTypeCode, award.year, award.recipientKind as RecipientKindName) };
  } catch (error) {
    throw graphError('BAD_USER_INPUT', `awards.${index}: ${(error as GraphQLError).message}`, { field: `awards.${index}` });
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
        ({ award }, n) =>
          `e${n}: ${ROOT_FIELD[award.recipientKind]}(id: $e${n}) { eligibility(awardType: $t${n}, year: $y${n}) { eligible conditions { code kind met description descriptionVi } } }`,
      )
      .join(' ')} }`,
    variables: Object.fromEntries(
      chunk.flatMap(({ award }, n) => [
        [`e${n}`, recipientIdOf(award)],
        [`t${n}`, award.awardTypeCode],
        [`y${n}`, award.year],
      ]),
    ),
    unverified: (reason, details = {}) =>
      graphError('REFERENCE_UNVERIFIED', `the eligibility of ${chunk.map(({ index }) => `awards.${index}`).join(', ')} could not be checked: ${reason}; nothing was written, try again later`, {
        fields: chunk.map(({ index }) => `awards.${index}`),
        ...details,
      }),
  });
  return chunk.map(({ award, index, version }, n): Verdict => {
    const judged = (data[`e${n}`] as EligibilityAnswer | null)?.eligibility;
    // The recipients were verified a moment ago: a missing verdict is the graph's failure, not a "no".
    if (!judged) throw graphError('REFERENCE_UNVERIFIED', `awards.${index}: the graph answered no eligibility; nothing was written, try again later`, { field: `awards.${index}` });
    return {
      awardType: award.awardTypeCode,
      year: award.year,
      recipientKind: award.recipientKind,
      recipientId: recipientIdOf(award),
      eligible: judged.eligible,
      version: appliedVersion(version),
      conditions: judged.conditions.map(({ code, kind, met, description, descriptionVi }) => ({ code, kind, met, en: description, vi: descriptionVi, evidence: evidence(), parts: [] })),
      failed: judged.conditions.filter((condition) => !condition.met).map((condition) => condition.code),
    };
  });
}

/**
 * Refuses a decision any of whose awards (but the ad hoc ones, khen thưởng đột xuất) its recipient
 * is not eligible for under the rule in force for its year: NOT_ELIGIBLE naming each failed
 * condition. Asked of the graph before the write's transaction, in chunks of the gateway's root-field
 * limit; REFERENCE_UNVERIFIED when the graph cannot answer, and nothing is written either way.
 */
export async function assertEligible(context: CityContext, awards: DecisionAwardInput[]): Promise<void> {
  const ruled = awards.flatMap((award, index): Judged[] => (award.adHocReason ? [] : [ruleOf(award, index)]));
  // A rule without conditions (a BK_TP to a collective: the council's judgement alone) is met by any record.
  const judged = ruled.filter(({ rule }) => rule.conditions.length > 0);
  if (judged.length === 0) return;
  const verdicts = await inChunks(judged, context.graph.rootFields, (chunk) => verdictsOf(context, chunk));
  if (verdicts.some((verdict) => !verdict.eligible)) throw notEligible(verdicts, 'awards');
}
