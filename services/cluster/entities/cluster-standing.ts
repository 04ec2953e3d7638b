import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Standing } from '../standings';

/** A member district's total on its cluster's scoring table for a year, and its place in the cluster. */
@ObjectType({ description: "A member district's total on its cluster's scoring table for a year, and its rank in the cluster" })
export class ClusterStanding implements Standing {
  @Field(() => Int, {
    description:
      'The place in the cluster that year, 1 = best; ranks are distinct (1..n): higher score first, on equal score fewer penalty points first, then district id ascending',
  })
  rank!: number;

  @Field(() => Float, { description: 'BASE and BONUS points less PENALTY points' })
  score!: number;

  @Field(() => Float, { description: "The most the year's table allows: the maxPoints of its BASE and BONUS criteria" })
  maxScore!: number;

  @Field(() => Float, { description: 'score / maxScore × 100, to 2 decimals' })
  percent!: number;

  @Field(() => Float, { description: 'The points deducted on the PENALTY criteria (điểm trừ)' })
  penaltyPoints!: number;

  clusterId!: string;
  districtId!: string;
}
