import type { EntityManager } from 'typeorm';
import type { SeedOptions } from '../core/seed';
import { Cluster } from './entities/cluster';
import { ClusterMembership, ClusterRole } from './entities/cluster-membership';

interface PublishedYear {
  cluster: string;
  year: number;
  members: string[];
  head?: string;
  deputy?: string;
}

const CLUSTER_III = ['ba-dinh', 'dong-da', 'hoan-kiem', 'hai-ba-trung', 'long-bien', 'hoang-mai'];
const CLUSTER_IX = ['cau-giay', 'thanh-xuan', 'ha-dong', 'nam-tu-liem', 'bac-tu-liem', 'tay-ho'];
const CLUSTER_XII = ['son-tay', 'thach-that', 'phuc-tho', 'ba-vi', 'quoc-oai', 'dan-phuong', 'hoai-duc'];

// Only what published reports say; a year whose head was not published has members only.
const PUBLISHED: PublishedYear[] = [
  { cluster: 'III', year: 2017, members: CLUSTER_III, head: 'hoang-mai' },
  { cluster: 'III', year: 2018, members: CLUSTER_III, head: 'dong-da' },
  { cluster: 'IX', year: 2020, members: CLUSTER_IX, head: 'cau-giay' },
  { cluster: 'IX', year: 2024, members: CLUSTER_IX },
  { cluster: 'XII', year: 2022, members: CLUSTER_XII, head: 'son-tay', deputy: 'thach-that' },
  { cluster: 'XII', year: 2023, members: CLUSTER_XII },
];

// Cluster II's 2017 mid-year review is reported without its members.
const CLUSTERS = ['II', 'III', 'IX', 'XII'];

/** The demo data set: the clusters and memberships that Hà Nội's published reports name. */
export async function seedClusters(manager: EntityManager, _options: SeedOptions): Promise<void> {
  await manager.save(CLUSTERS.map((id) => manager.create(Cluster, { id, name: `Cụm thi đua số ${id}` })));
  await manager.save(
    PUBLISHED.flatMap(({ cluster, year, members, head, deputy }) =>
      members.map((districtId) =>
        manager.create(ClusterMembership, {
          clusterId: cluster,
          year,
          districtId,
          role: districtId === head ? ClusterRole.HEAD : districtId === deputy ? ClusterRole.DEPUTY : ClusterRole.MEMBER,
        }),
      ),
    ),
  );
}
