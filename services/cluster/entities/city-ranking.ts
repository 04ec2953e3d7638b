import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { CityStanding } from '../standings';

/** A district's standing in its cluster, placed among every district the city's clusters scored that year. */
@ObjectType({ description: "A district's place among every district the city's clusters scored in a year, from its cluster standing" })
export class CityRanking implements CityStanding {
  @Field(() => Int, {
    description:
      'The place in the city that year, 1 = best; ranks are distinct (1..n): higher percent first, then the better clusterRank, then fewer penalty points, then district id ascending',
  })
  rank!: number;

  @Field(() => Int, { description: 'The place in its cluster that year (ClusterStanding.rank)' })
  clusterRank!: number;

  @Field(() => Float, { description: 'BASE and BONUS points less PENALTY points, on its cluster’s table' })
  score!: number;

  @Field(() => Float, { description: "The most its cluster's table allows: the maxPoints of its BASE and BONUS criteria" })
  maxScore!: number;

  @Field(() => Float, { description: 'score / maxScore × 100, to 2 decimals: what compares districts of clusters with different tables' })
  percent!: number;

  @Field(() => Float, { description: 'The points deducted on the PENALTY criteria (điểm trừ)' })
  penaltyPoints!: number;

  clusterId!: string;
  districtId!: string;
}
