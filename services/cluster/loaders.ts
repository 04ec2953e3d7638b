import { In, type DataSource } from 'typeorm';
import { groupBy, loadMany, loadOne } from '../core/loaders';
import { Cluster } from './entities/cluster';
import { ClusterMembership } from './entities/cluster-membership';

interface ClusterYear {
  clusterId: string;
  year: number;
}
interface DistrictYear {
  districtId: string;
  year: number;
}

/** Runs one query per distinct year among the keys (a request almost always asks for one year). */
async function membershipsByYear<K extends { year: number }>(
  db: DataSource,
  keys: readonly K[],
  column: 'clusterId' | 'districtId',
  idOf: (key: K) => string,
): Promise<ClusterMembership[]> {
  const batches = [...groupBy(keys, (key) => key.year)].map(([year, sameYear]) =>
    db.getRepository(ClusterMembership).findBy({ year, [column]: In(sameYear.map(idOf)) }),
  );
  return (await Promise.all(batches)).flat();
}

export function createClusterLoaders(db: DataSource) {
  return {
    clusterById: loadOne(
      (ids: readonly string[]) => db.getRepository(Cluster).findBy({ id: In([...ids]) }),
      (cluster) => cluster.id,
    ),
    membersOfCluster: loadMany(
      (keys: readonly ClusterYear[]) => membershipsByYear(db, keys, 'clusterId', (key) => key.clusterId),
      (membership): ClusterYear => ({ clusterId: membership.clusterId, year: membership.year }),
    ),
    membershipOfDistrict: loadOne(
      (keys: readonly DistrictYear[]) => membershipsByYear(db, keys, 'districtId', (key) => key.districtId),
      (membership): DistrictYear => ({ districtId: membership.districtId, year: membership.year }),
    ),
  };
}

export type ClusterLoaders = ReturnType<typeof createClusterLoaders>;
