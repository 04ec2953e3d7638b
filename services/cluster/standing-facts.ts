import type { StandingFact } from './entities/standing-fact';
import type { ClusterLoaders } from './loaders';
import { clusterStandings } from './standings';

/**
 * A district's place in its cluster for every year it was ranked, oldest first. Three statements for
 * all the districts a request asks about, whatever the years: their memberships, then the criteria
 * and scores of every cluster they were in, each ranked with the standings the API serves.
 */
export async function standingFacts(loaders: ClusterLoaders, districtId: string): Promise<StandingFact[]> {
  const memberships = await loaders.membershipsOfDistrict.load(districtId);
  const facts = await Promise.all(
    memberships.map(async ({ clusterId, year }): Promise<StandingFact | null> => {
      const [criteria, scores] = await Promise.all([loaders.criteriaOfClusterEveryYear.load(clusterId), loaders.scoresOfClusterEveryYear.load(clusterId)]);
      const standings = clusterStandings(
        criteria.filter((criterion) => criterion.year === year),
        scores.filter((score) => score.year === year),
      );
      const own = standings.find((standing) => standing.districtId === districtId);
      return own ? { year, clusterId, rank: own.rank, members: standings.length } : null;
    }),
  );
  return facts.filter((fact): fact is StandingFact => fact !== null).sort((a, b) => a.year - b.year);
}
