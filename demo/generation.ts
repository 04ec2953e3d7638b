import type { DatasetName } from './datasets';
import { generateCityAwards, type CityGeneration } from './city/award-generator';
import { clusterVotes } from './city/cluster-vote';
import { generatedClusters } from './cluster/seed';
import { generateDistricts, type DistrictGeneration } from './district/generation';

/**
 * A data set's district and city levels, generated together: the city's titles read the district's
 * records and mark initiatives used; the city's dossiers read the cluster's votes.
 */
export interface DemoGeneration {
  district: DistrictGeneration;
  city: CityGeneration;
}

let last: { key: string; generation: DemoGeneration } | undefined;

/**
 * The demo data of a data set at a scale. The district generates its years first (its titles read
 * no other level), then the city its years, oldest first, on the same records: each city award is
 * judged by the rule in force for its year, and an initiative it rests on is marked used, in the
 * district's rows too. Seeding the levels one after the other in one process generates once (the
 * last data set is kept); generation is deterministic, so separate processes agree.
 */
export function demoGeneration(dataset: DatasetName, scale: number): DemoGeneration {
  const key = `${dataset}/${scale}`;
  if (last?.key !== key) {
    const { standings } = generatedClusters(dataset);
    const district = generateDistricts(dataset, scale, standings);
    const city = generateCityAwards(dataset, scale, district, standings, clusterVotes(dataset));
    last = { key, generation: { district, city } };
  }
  return last.generation;
}
