import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { assertYear, graphError } from '../../core/errors';
import type { ClusterContext } from '../context';
import { CityRanking } from '../entities/city-ranking';
import { CityRankingYear } from '../entities/city-ranking-year';
import { RankingHistoryArgs } from '../entities/ranking-history-args';
import { Score } from '../entities/score';
import { Cluster } from '../entities/cluster';
import { District } from '../entities/district';
import { cityRanking, clusterStandings } from '../standings';

/** The most years cityRankingHistory answers at once (list-bounds.ts counts on it). */
const MAX_RANKING_SPAN = 30;

/** A year's city ranking: what cityRankings and cityRankingHistory both answer. */
async function rankingOfYear(loaders: ClusterContext['loaders'], year: number): Promise<CityRanking[]> {
  const [criteria, scores] = await Promise.all([loaders.criteriaOfYear.load(year), loaders.scoresOfYear.load(year)]);
  return cityRanking(clusterStandings(criteria, scores));
}

/** The years with scores, within the bounds given, ascending: idx_score_year leads with the year. */
async function rankedYears(db: DataSource, fromYear: number | null, toYear: number | null): Promise<number[]> {
  const query = db.getRepository(Score).createQueryBuilder('score').select('DISTINCT score.year', 'year').orderBy('score.year', 'ASC');
  if (fromYear != null) query.andWhere('score.year >= :fromYear', { fromYear });
  if (toYear != null) query.andWhere('score.year <= :toYear', { toYear });
  return (await query.getRawMany<{ year: number | string }>()).map((row) => Number(row.year));
}

@Resolver(() => CityRanking)
export class CityRankingResolver {
  @Query(() => [CityRanking], {
    nullable: true,
    description:
      "Every district the city's clusters scored in a year, ranked 1..n (distinct) by percent: higher percent first, then the better clusterRank, then fewer penalty points, then district id ascending",
  })
  cityRankings(@Arg('year', () => Int) year: number, @Ctx() { loaders }: ClusterContext): Promise<CityRanking[]> {
    assertYear(year);
    return rankingOfYear(loaders, year);
  }

  @Query(() => [Int], { description: 'The years that have a city ranking (the years its clusters scored), oldest first' })
  rankingYears(@Ctx() { db }: ClusterContext): Promise<number[]> {
    return rankedYears(db, null, null);
  }

  @Query(() => [CityRankingYear], {
    description: `Each year's city ranking, as cityRankings(year) answers it, oldest first: every ranked year from fromYear to toYear (both included), the first or last ranked year where one is omitted. BAD_USER_INPUT for a span of more than ${MAX_RANKING_SPAN} years`,
  })
  async cityRankingHistory(@Args() { fromYear = null, toYear = null }: RankingHistoryArgs, @Ctx() { db, loaders }: ClusterContext): Promise<CityRankingYear[]> {
    assertYear(fromYear, 'fromYear');
    assertYear(toYear, 'toYear');
    if (fromYear != null && toYear != null && fromYear > toYear) throw graphError('BAD_USER_INPUT', `fromYear ${fromYear} is after toYear ${toYear}`, { argument: 'fromYear' });
    const years = await rankedYears(db, fromYear, toYear);
    const first = fromYear ?? years[0];
    const last = toYear ?? years.at(-1);
    if (first !== undefined && last !== undefined && last - first + 1 > MAX_RANKING_SPAN) {
      throw graphError('BAD_USER_INPUT', `the history spans at most ${MAX_RANKING_SPAN} years, got ${last - first + 1} (${first} to ${last})`, {
        argument: fromYear == null ? 'toYear' : 'fromYear',
      });
    }
    // The years' loads are batched: two statements (criteria, scores) whatever the number of years.
    return Promise.all(years.map(async (year) => ({ year, rankings: await rankingOfYear(loaders, year) })));
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
