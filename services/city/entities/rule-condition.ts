import { Field, ObjectType } from 'type-graphql';

/** A condition of a rule, in the vocabulary of services/core/rules (vocabulary.ts). */
@ObjectType({ description: "A condition of an award rule: a kind of the rules' vocabulary, its parameters, and its text" })
export class RuleCondition {
  @Field(() => String, { description: 'Stable within its rule, e.g. CSTDCS_3_YEARS' })
  code!: string;

  @Field(() => String, { description: 'The kind of the vocabulary, e.g. TITLE_RUN, INITIATIVE, MEMBER_SHARE, ANY_OF' })
  kind!: string;

  @Field(() => String, { description: 'The condition in English' })
  description!: string;

  @Field(() => String, { description: 'The condition in Vietnamese' })
  descriptionVi!: string;

  @Field(() => String, { nullable: true, description: 'The parameters of its kind as a JSON object, e.g. {"award":"CSTDCS","years":3}; null for a kind without any' })
  parameters!: string | null;

  @Field(() => [RuleCondition], { description: 'ANY_OF and ALL_OF: the branches; empty for every other kind' })
  parts!: RuleCondition[];
}
