import { Field, ObjectType } from 'type-graphql';
import { ProposalCondition } from './proposal-condition';

/**
 * The eligibility verdict a dossier carries: captured when it was last submitted, so the board
 * reviews what the rules answered then, even if the record changed since.
 */
@ObjectType({ description: 'The eligibility verdict captured when the dossier was last submitted' })
export class ProposalVerdict {
  @Field(() => Boolean, { description: 'Whether the recipient met every condition of the rule' })
  eligible!: boolean;

  @Field(() => String, { description: 'The rule version applied, e.g. LAW_06_2022' })
  ruleVersion!: string;

  @Field(() => String, { description: 'When it was judged (ISO date and time, UTC)' })
  judgedAt!: string;

  @Field(() => [ProposalCondition], { description: 'Every condition of the rule, in its order' })
  conditions!: ProposalCondition[];

  @Field(() => [String], { description: 'The codes of the conditions not met' })
  failed!: string[];
}
