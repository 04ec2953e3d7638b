import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { ClusterContext } from '../context';
import { CityRanking } from '../entities/city-ranking';
import { Cluster } from '../entities/cluster';
import { District } from '../entities/district';
import { cityRanking, clusterStandings } from '../standings';

@Resolver(() => CityRanking)
export class CityRankingResolver {
  @Query(() => [CityRanking], {
    nullable: true,
    description:
      "Every district the city's clusters scored in a year, ranked 1..n (distinct) by percent: higher percent first, then the better clusterRank, then fewer penalty points, then district id ascending",
  })
  async cityRankings(@Arg('year', () => Int) year: number, @Ctx() { loaders }: ClusterContext): Promise<CityRanking[]> {
    assertYear(year);
    const [criteria, scores] = await Promise.all([loaders.criteriaOfYear.load(year), loaders.scoresOfYear.load(year)]);
    return cityRanking(clusterStandings(criteria, scores));
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district; its name, awards and PAR index come from the other subgraphs' })
  district(@Root() ranking: CityRanking): District {
    return { id: ranking.districtId };
  }

  @FieldResolver(() => Cluster, { description: 'The cluster that scored it that year' })
  async cluster(@Root() ranking: CityRanking, @Ctx() { loaders }: ClusterContext): Promise<Cluster> {
    // Its scores' foreign key guarantees the cluster exists.
    return (await loaders.clusterById.load(ranking.clusterId))!;
  }
}
