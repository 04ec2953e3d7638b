import { Field, Int, ObjectType } from 'type-graphql';
import { AwardRule } from './award-rule';
import { AwardType } from './award-type';
import { EligibilityCondition } from './eligibility-condition';

/** A recipient's record judged against the rule of an award type in force for a year. */
@ObjectType({ description: 'Whether a person, unit or district meets the rule of an award type for a year, condition by condition' })
export class Eligibility {
  @Field(() => AwardType)
  awardType!: AwardType;

  @Field(() => Int, { description: 'The year judged: the rule in force on its last day applies' })
  year!: number;

  @Field(() => String, { description: 'INDIVIDUAL, COLLECTIVE or DISTRICT' })
  recipientKind!: string;

  @Field(() => Boolean, { description: 'Whether every condition is met' })
  eligible!: boolean;

  @Field(() => AwardRule, { nullable: true, description: 'The rule applied: its legal basis, the dates it is in force and its conditions (from the city subgraph)' })
  rule!: AwardRule | null;

  @Field(() => [EligibilityCondition], { description: 'Every condition of the rule, in the rule’s order' })
  conditions!: EligibilityCondition[];

  @Field(() => Boolean, { description: 'True when the caller may not read the personal evidence (ratings, disciplines): it is left out, the verdict is not' })
  evidenceWithheld!: boolean;
}
