import { Field, ObjectType } from 'type-graphql';
import { ConditionEvidence } from './condition-evidence';

/** One condition of the rule applied, judged on a recipient's record. */
@ObjectType({ description: 'One condition of an award rule, judged on a recipient’s record' })
export class EligibilityCondition {
  @Field(() => String, { description: 'Stable within the rule, e.g. CSTDCS_3_YEARS' })
  code!: string;

  @Field(() => String, { description: 'The kind of condition of the rules’ vocabulary, e.g. TITLE_RUN, INITIATIVE, ANY_OF' })
  kind!: string;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => String, { description: 'What the condition asks, in English' })
  description!: string;

  @Field(() => String, { description: 'What the condition asks, in Vietnamese' })
  descriptionVi!: string;

  @Field(() => ConditionEvidence, { nullable: true, description: 'What the judgement rests on' })
  evidence!: ConditionEvidence | null;

  @Field(() => [EligibilityCondition], { description: 'ANY_OF and ALL_OF: the branches; empty otherwise' })
  parts!: EligibilityCondition[];
}
