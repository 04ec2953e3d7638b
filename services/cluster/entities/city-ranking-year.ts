import { Field, Int, ObjectType } from 'type-graphql';
import { CityRanking } from './city-ranking';

/** One year of the city ranking's history. */
@ObjectType({ description: "A year's city ranking, as cityRankings(year) answers it" })
export class CityRankingYear {
  @Field(() => Int)
  year!: number;

  @Field(() => [CityRanking], { description: 'Every district the clusters scored that year, best first' })
  rankings!: CityRanking[];
}
