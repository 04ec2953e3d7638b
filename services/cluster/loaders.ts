import { Between, In, type DataSource, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { AuditEntry } from '../core/audit';
import { pagedList } from '../core/connections';
import { loadByKey, loadMany, loadOne, perYear } from '../core/loaders';
import { Cluster } from './entities/cluster';
import { ClusterMembership } from './entities/cluster-membership';
import { ClusterYear } from './entities/cluster-year';
import { Conference } from './entities/conference';
import { ConferenceFigure } from './entities/conference-figure';
import { Covenant } from './entities/covenant';
import { CovenantContent } from './entities/covenant-content';
import { Nomination } from './entities/nomination';
import { NominationQuota } from './entities/nomination-quota';
import { Score } from './entities/score';
import { ScoringCriterion } from './entities/scoring-criterion';

interface ClusterYearKey {
  clusterId: string;
  year: number;
}
interface DistrictYear {
  districtId: string;
  year: number;
}

/**
 * The rows of (owner, year) keys in one statement whatever the years: every year asked of every owner
 * asked, which the loader narrows to the keys. A request almost always asks one year, where the two
 * are the same; a list that spans years (the proposals' standings) reads at most the owners' other
 * years among those, and still one statement.
 */
async function rowsByYear<T extends ObjectLiteral & { year: number }, K extends { year: number }>(
  db: DataSource,
  entity: EntityTarget<T>,
  keys: readonly K[],
  column: 'clusterId' | 'districtId',
  idOf: (key: K) => string,
): Promise<T[]> {
  const years = [...new Set(keys.map((key) => key.year))];
  const ids = [...new Set(keys.map(idOf))];
  return db.getRepository(entity).findBy({ year: In(years), [column]: In(ids) } as FindOptionsWhere<T>);
}

function byClusterYear<T extends ObjectLiteral & { clusterId: string; year: number }>(db: DataSource, entity: EntityTarget<T>) {
  return loadMany(
    (keys: readonly ClusterYearKey[]) => rowsByYear(db, entity, keys, 'clusterId', (key) => key.clusterId),
    (row: T): ClusterYearKey => ({ clusterId: row.clusterId, year: row.year }),
  );
}

/** A cluster's rows of every year: what a district's standings over the years read. */
function byCluster<T extends ObjectLiteral & { clusterId: string }>(db: DataSource, entity: EntityTarget<T>) {
  return loadMany(
    (ids: readonly string[]) => db.getRepository(entity).findBy({ clusterId: In([...ids]) } as FindOptionsWhere<T>),
    (row: T) => row.clusterId,
  );
}

/** Every cluster's rows of the years asked for: what the city-wide ranking reads. */
function byYear<T extends ObjectLiteral & { year: number }>(db: DataSource, entity: EntityTarget<T>) {
  return loadMany(
    (years: readonly number[]) => db.getRepository(entity).findBy({ year: In([...years]) } as FindOptionsWhere<T>),
    (row: T) => row.year,
  );
}

export function createClusterLoaders(db: DataSource) {
  return {
    clusterById: loadByKey(db, Cluster, 'id'),
    membersOfCluster: byClusterYear(db, ClusterMembership),
    membershipOfDistrict: loadOne(
      (keys: readonly DistrictYear[]) => rowsByYear(db, ClusterMembership, keys, 'districtId', (key) => key.districtId),
      (membership): DistrictYear => ({ districtId: membership.districtId, year: membership.year }),
    ),
    covenantOfCluster: loadOne(
      (keys: readonly ClusterYearKey[]) => rowsByYear(db, Covenant, keys, 'clusterId', (key) => key.clusterId),
      (covenant): ClusterYearKey => ({ clusterId: covenant.clusterId, year: covenant.year }),
    ),
    contentsOfCovenant: loadMany(
      (ids: readonly string[]) => db.getRepository(CovenantContent).findBy({ covenantId: In([...ids]) }),
      (content) => content.covenantId,
    ),
    /** Every year's memberships of a district: its standings over the years (the primary key leads with the district). */
    membershipsOfDistrict: loadMany(
      (ids: readonly string[]) => db.getRepository(ClusterMembership).findBy({ districtId: In([...ids]) }),
      (membership) => membership.districtId,
    ),
    criteriaOfCluster: byClusterYear(db, ScoringCriterion),
    criteriaOfClusterEveryYear: byCluster(db, ScoringCriterion),
    scoresOfClusterEveryYear: byCluster(db, Score),
    criterionById: loadByKey(db, ScoringCriterion, 'id'),
    scoresOfCluster: byClusterYear(db, Score),
    criteriaOfYear: byYear(db, ScoringCriterion),
    scoresOfYear: byYear(db, Score),
    nominationsOfCluster: byClusterYear(db, Nomination),
    nominationById: loadByKey(db, Nomination, 'id'),
    // A year is a range of held_on dates, so that the (cluster_id, held_on) index serves it.
    conferencesOfClusterInYear: loadMany(
      (keys: readonly ClusterYearKey[]) =>
        perYear(keys, (year, sameYear) =>
          db.getRepository(Conference).findBy({
            clusterId: In(sameYear.map((key) => key.clusterId)),
            heldOn: Between(`${year}-01-01`, `${year}-12-31`),
          }),
        ),
      (conference): ClusterYearKey => ({ clusterId: conference.clusterId, year: Number(conference.heldOn.slice(0, 4)) }),
    ),
    conferencesOfCluster: loadMany(
      (ids: readonly string[]) => db.getRepository(Conference).findBy({ clusterId: In([...ids]) }),
      (conference) => conference.clusterId,
    ),
    finalizedYear: loadOne(
      (keys: readonly ClusterYearKey[]) => rowsByYear(db, ClusterYear, keys, 'clusterId', (key) => key.clusterId),
      (row): ClusterYearKey => ({ clusterId: row.clusterId, year: row.year }),
    ),
    quotaOfCluster: loadMany(
      (ids: readonly string[]) => db.getRepository(NominationQuota).findBy({ clusterId: In([...ids]) }),
      (line) => line.clusterId,
    ),
    // Oldest first: the (scope, id) index serves it.
    auditOfScope: pagedList(db, { entity: AuditEntry, owner: ['scope'], sort: ['id'] }),
    figuresOfConference: loadMany(
      (ids: readonly string[]) => db.getRepository(ConferenceFigure).findBy({ conferenceId: In([...ids]) }),
      (figure) => figure.conferenceId,
    ),
  };
}

export type ClusterLoaders = ReturnType<typeof createClusterLoaders>;
