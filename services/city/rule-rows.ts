import type { Condition, RuleVersion } from '../core/rules';
import type { AwardRule } from './entities/award-rule';
import type { RuleCondition } from './entities/rule-condition';

/** The id of a rule for one recipient kind: what the district's eligibility names, e.g. LAW_06_2022:CSTD_TP:INDIVIDUAL. */
export const awardRuleId = (versionId: string, awardType: string, recipientKind: string): string => `${versionId}:${awardType}:${recipientKind}`;

/** The rows of `award_rule` for rule versions: one per version, rule and recipient kind it takes. */
export function awardRuleRows(versions: readonly RuleVersion[]): AwardRule[] {
  return versions.flatMap((version) =>
    version.rules.flatMap((rule) =>
      rule.recipientKinds.map(
        (recipientKind): AwardRule => ({
          id: awardRuleId(version.id, rule.awardType, recipientKind),
          versionId: version.id,
          awardTypeCode: rule.awardType,
          recipientKind,
          recipientKinds: [...rule.recipientKinds],
          legalBasis: version.legalBasis,
          legalBasisVi: version.legalBasisVi,
          inForceFrom: version.inForceFrom,
          inForceTo: version.inForceTo,
          notes: rule.notes ?? null,
          conditionsJson: JSON.stringify(rule.conditions),
        }),
      ),
    ),
  );
}

/** A stored condition as the API serves it: its text, the parameters of its kind, its branches. */
export function ruleCondition(condition: Condition): RuleCondition {
  const { code, kind, vi, en, ...rest } = condition;
  const branches = 'of' in rest && Array.isArray(rest.of) ? (rest.of as Condition[]) : [];
  // QUOTA's `of` is a parameter (the title a quota is of); ANY_OF's and ALL_OF's are the branches.
  const parameters = Object.fromEntries(Object.entries(rest).filter(([name, value]) => !(name === 'of' && Array.isArray(value))));
  return {
    code,
    kind,
    description: en,
    descriptionVi: vi,
    parameters: Object.keys(parameters).length > 0 ? JSON.stringify(parameters) : null,
    parts: branches.map(ruleCondition),
  };
}
