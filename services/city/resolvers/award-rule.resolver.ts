import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear, graphError } from '../../core/errors';
import { ruleFor, versionInForce, type Condition, type RecipientKindName } from '../../core/rules';
import type { CityContext } from '../context';
import { AwardRule } from '../entities/award-rule';
import { AwardType } from '../entities/award-type';
import { RuleCondition } from '../entities/rule-condition';
import { awardRuleId, ruleCondition } from '../rule-rows';

// By code unit, not by locale: the order must not depend on the server's language.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The version in force for a year, or BAD_USER_INPUT for a year no version covers. */
function versionOf(year: number) {
  assertYear(year);
  const version = versionInForce(year);
  if (!version) throw graphError('BAD_USER_INPUT', `no rule version covers ${year}`, { argument: 'year' });
  return version;
}

/**
 * The recipient kind a rule is asked for: the one given, else the only one the award type has a rule
 * for that year. Where it has none, ruleFor says why (an unknown type, a year no version covers).
 */
function kindAskedFor(awardType: string, year: number, given: string | null | undefined): RecipientKindName {
  if (given) return given as RecipientKindName;
  const rules = versionInForce(year)?.rules.filter((rule) => rule.awardType === awardType) ?? [];
  if (rules.length > 1) {
    const kinds = rules.flatMap((rule) => rule.recipientKinds).join(', ');
    throw graphError('BAD_USER_INPUT', `recipientKind is required: ${awardType} has a rule for each of ${kinds}`, { argument: 'recipientKind' });
  }
  return rules[0]?.recipientKinds[0] ?? 'INDIVIDUAL';
}

@Resolver(() => AwardRule)
export class AwardRuleResolver {
  @Query(() => [AwardRule], {
    nullable: true,
    description:
      'The rule set in force on 31 December of a year (when its titles are considered): every award type, one entry per recipient kind, by award type code then kind. Open to anyone; BAD_USER_INPUT for a year no version covers',
  })
  async awardRules(@Arg('year', () => Int) year: number, @Ctx() { loaders }: CityContext): Promise<AwardRule[]> {
    const rules = await loaders.rulesOfVersion.load(versionOf(year).id);
    return [...rules].sort((a, b) => byText(a.awardTypeCode, b.awardTypeCode) || byText(a.recipientKind, b.recipientKind));
  }

  @Query(() => AwardRule, {
    nullable: true,
    description:
      'The rule an award type is conferred by for a year, on a kind of recipient (required when the type has a rule for several). Open to anyone; BAD_USER_INPUT for an unknown award type, a year outside 1945–2100 or no version covers, a kind the award does not take',
  })
  async awardRule(
    @Arg('awardType', () => String) awardType: string,
    @Arg('year', () => Int) year: number,
    @Arg('recipientKind', () => String, { nullable: true, description: 'INDIVIDUAL, COLLECTIVE or DISTRICT' }) recipientKind: string | null | undefined,
    @Ctx() { loaders }: CityContext,
  ): Promise<AwardRule | null> {
    const kind = kindAskedFor(awardType, year, recipientKind);
    const { version } = ruleFor(awardType, year, kind);
    return loaders.awardRuleById.load(awardRuleId(version.id, awardType, kind));
  }

  @FieldResolver(() => AwardType, { description: 'The award type of the catalogue the rule confers' })
  async awardType(@Root() rule: AwardRule, @Ctx() { loaders }: CityContext): Promise<AwardType> {
    // The rule's foreign key guarantees the type exists.
    return (await loaders.awardTypeByCode.load(rule.awardTypeCode))!;
  }

  @FieldResolver(() => String, { description: 'The rule version (legal basis) it belongs to, e.g. LAW_06_2022' })
  version(@Root() rule: AwardRule): string {
    return rule.versionId;
  }

  @FieldResolver(() => [RuleCondition], { description: 'Every condition a recipient must meet, in the order the rule states them' })
  conditions(@Root() rule: AwardRule): RuleCondition[] {
    return (JSON.parse(rule.conditionsJson) as Condition[]).map(ruleCondition);
  }
}

/** The rule the district's eligibility names by id; NOT_FOUND for an id no migration loaded. */
export async function resolveAwardRuleReference(reference: { id: string }, { loaders }: CityContext): Promise<AwardRule> {
  const rule = await loaders.awardRuleById.load(reference.id);
  if (!rule) throw graphError('NOT_FOUND', `there is no award rule ${reference.id}`, { id: reference.id });
  return rule;
}
