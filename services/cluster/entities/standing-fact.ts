import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * A district's place in its cluster's standings for a year, in the plain values the district's
 * eligibility rules read (CO_TP goes to a cluster's leader). The district declares the same type for
 * its @requires; clients read `clusterStanding` instead.
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
