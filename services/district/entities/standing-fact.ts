import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * A district's place in its cluster's standings for a year, as the cluster subgraph sends it for the
 * @requires of a district's `eligibility` and of the candidate lists (CO_TP goes to a cluster's
 * leader): this subgraph never stores or serves one.
 */
@ObjectType({ description: "A district's place in its cluster's standings for a year, as the eligibility rules read it" })
@Directive('@shareable')
@Directive('@inaccessible')
export class StandingFact {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'The cluster that ranked it that year, e.g. III' })
  clusterId!: string;

  @Field(() => Int, { description: 'Its place in the cluster, 1 for the leader' })
  rank!: number;

  @Field(() => Int, { description: 'How many members the cluster ranked that year' })
  members!: number;
}

/** What a district's `eligibility` and the candidate lists ask the cluster subgraph for. */
export const STANDING_FACTS = 'standingFacts { year clusterId rank members }';
