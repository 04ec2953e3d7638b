import type { GraphQLError } from 'graphql';
import { graphError } from '../errors';
import type { Verdict } from './verdict';

/** The refusal of a write whose recipients do not meet the rule: each recipient and each failed condition, in words and in extensions. */
export function notEligible(verdicts: Verdict[], field: string): GraphQLError {
  const refused = verdicts.filter((verdict) => !verdict.eligible);
  const failed = refused.map((verdict) => ({
    recipientId: verdict.recipientId,
    awardType: verdict.awardType,
    year: verdict.year,
    version: verdict.version.id,
    conditions: verdict.conditions.filter((condition) => !condition.met).map(({ code, en, vi }) => ({ code, en, vi })),
  }));
  const reasons = failed.map(
    (entry) => `${entry.recipientId} for ${entry.awardType} ${entry.year} (${entry.version}) fails ${entry.conditions.map((condition) => condition.code).join(', ')}`,
  );
  return graphError('NOT_ELIGIBLE', `${field}: not eligible: ${reasons.join('; ')}`, { field, failed });
}
