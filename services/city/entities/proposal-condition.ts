import { Field, ObjectType } from 'type-graphql';

/** A condition of the rule a dossier was judged by, and whether the recipient met it then. */
@ObjectType({ description: 'A condition of the award rule, as judged when the dossier was submitted' })
export class ProposalCondition {
  @Field(() => String, { description: 'Stable within its rule, e.g. CSTDCS_3_YEARS' })
  code!: string;

  @Field(() => String, { description: 'The kind of the rules vocabulary, e.g. TITLE_RUN, INITIATIVE' })
  kind!: string;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => String, { description: 'The condition in English' })
  description!: string;

  @Field(() => String, { description: 'The condition in Vietnamese' })
  descriptionVi!: string;
}
