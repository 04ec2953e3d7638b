import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { ClusterContext } from '../context';
import { Cluster } from '../entities/cluster';
import { ClusterMembership, ClusterRole } from '../entities/cluster-membership';
import { ClusterStanding } from '../entities/cluster-standing';
import { Conference } from '../entities/conference';
import { Covenant } from '../entities/covenant';
import { District } from '../entities/district';
import { Nomination } from '../entities/nomination';
import { NominationQuota } from '../entities/nomination-quota';
import { Score } from '../entities/score';
import { ScoringCriterion } from '../entities/scoring-criterion';
import { standingsOfCluster } from './cluster-standing.resolver';
import { awardRank, byAwardRank, DEFAULT_NOMINATION_QUOTA } from '../vote';

const ROLE_ORDER = [ClusterRole.HEAD, ClusterRole.DEPUTY, ClusterRole.MEMBER];

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => [Cluster], { nullable: true, description: 'The clusters, by id; with a year, only those that had members that year' })
  async clusters(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() { db, loaders }: ClusterContext): Promise<Cluster[]> {
    assertYear(year);
    const query = db.getRepository(Cluster).createQueryBuilder('cluster').orderBy('cluster.id');
    if (year !== null && year !== undefined) {
      query.where('EXISTS (SELECT 1 FROM cluster_membership m WHERE m.cluster_id = cluster.id AND m.year = :year)', { year });
    }
    const clusters = await query.getMany();
    // Memberships and nominations below name these clusters again: they need not be read twice.
    for (const cluster of clusters) loaders.clusterById.prime(cluster.id, cluster);
    return clusters;
  }

  @Query(() => Cluster, { nullable: true, description: 'One cluster by its id (e.g. III); null if there is none' })
  cluster(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ClusterContext): Promise<Cluster | null> {
    return loaders.clusterById.load(id);
  }

  @FieldResolver(() => [ClusterMembership], { description: 'The members in a year: the head first, then the deputy' })
  async members(
    @Root() cluster: Cluster,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<ClusterMembership[]> {
    assertYear(year);
    const members = await loaders.membersOfCluster.load({ clusterId: cluster.id, year });
    return [...members].sort(
      (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.districtId.localeCompare(b.districtId),
    );
  }

  @FieldResolver(() => District, { nullable: true, description: 'The head district (cụm trưởng) in a year' })
  async head(@Root() cluster: Cluster, @Arg('year', () => Int) year: number, @Ctx() { loaders }: ClusterContext): Promise<District | null> {
    assertYear(year);
    const members = await loaders.membersOfCluster.load({ clusterId: cluster.id, year });
    const head = members.find((member) => member.role === ClusterRole.HEAD);
    return head ? { id: head.districtId } : null;
  }

  @FieldResolver(() => Covenant, { nullable: true, description: 'The covenant (giao ước thi đua) for a year; null if none is recorded' })
  covenant(@Root() cluster: Cluster, @Arg('year', () => Int) year: number, @Ctx() { loaders }: ClusterContext): Promise<Covenant | null> {
    assertYear(year);
    return loaders.covenantOfCluster.load({ clusterId: cluster.id, year });
  }

  @FieldResolver(() => [ScoringCriterion], { description: 'The scoring table (bảng chấm điểm) for a year, by code' })
  async scoringTable(
    @Root() cluster: Cluster,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<ScoringCriterion[]> {
    assertYear(year);
    const criteria = await loaders.criteriaOfCluster.load({ clusterId: cluster.id, year });
    return [...criteria].sort((a, b) => a.code.localeCompare(b.code));
  }

  @FieldResolver(() => [Score], { description: "Every member's points on every criterion of the year's table, by district" })
  async scores(@Root() cluster: Cluster, @Arg('year', () => Int) year: number, @Ctx() { loaders }: ClusterContext): Promise<Score[]> {
    assertYear(year);
    const scores = await loaders.scoresOfCluster.load({ clusterId: cluster.id, year });
    // A criterion's id ends with its code, so within one cluster and year it sorts as the table does.
    return [...scores].sort((a, b) => a.districtId.localeCompare(b.districtId) || a.criterionId.localeCompare(b.criterionId));
  }

  @FieldResolver(() => [ClusterStanding], {
    description: 'The members scored in a year, by rank: higher score first, on equal score fewer penalty points first, then district id ascending',
  })
  standings(@Root() cluster: Cluster, @Arg('year', () => Int) year: number, @Ctx() { loaders }: ClusterContext): Promise<ClusterStanding[]> {
    assertYear(year);
    return standingsOfCluster(loaders, cluster.id, year);
  }

  @FieldResolver(() => [Nomination], { description: "The awards the year's honouring vote (suy tôn) proposed, highest first" })
  async nominations(
    @Root() cluster: Cluster,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<Nomination[]> {
    assertYear(year);
    const nominations = await loaders.nominationsOfCluster.load({ clusterId: cluster.id, year });
    return [...nominations].sort((a, b) => awardRank(a.awardTypeCode) - awardRank(b.awardTypeCode) || a.districtId.localeCompare(b.districtId));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the year is final: its scores, table and membership locked by finalizeYear' })
  async finalized(
    @Root() cluster: Cluster,
    @Arg('year', () => Int, { description: 'The year asked about' }) year: number,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<boolean> {
    assertYear(year);
    return (await loaders.finalizedYear.load({ clusterId: cluster.id, year })) !== null;
  }

  @FieldResolver(() => [NominationQuota], {
    description: 'How many of each award its honouring vote proposes when it finalizes a year, highest award first (the default 1 CO_CP, 2 CO_TP, 3 BK_TP until it sets its own)',
  })
  async nominationQuota(@Root() cluster: Cluster, @Ctx() { loaders }: ClusterContext): Promise<NominationQuota[]> {
    const own = await loaders.quotaOfCluster.load(cluster.id);
    const quota = own.length ? own : DEFAULT_NOMINATION_QUOTA.map((line) => ({ ...line, clusterId: cluster.id }));
    return [...quota].sort((a, b) => byAwardRank(a.awardTypeCode, b.awardTypeCode));
  }

  @FieldResolver(() => [Conference], { description: 'The conferences held in a year (all of them without one), by date' })
  async conferences(
    @Root() cluster: Cluster,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: ClusterContext,
  ): Promise<Conference[]> {
    assertYear(year);
    const conferences =
      year === null || year === undefined
        ? await loaders.conferencesOfCluster.load(cluster.id)
        : await loaders.conferencesOfClusterInYear.load({ clusterId: cluster.id, year });
    return [...conferences].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  }
}

export function resolveClusterReference(reference: { id: string }, { loaders }: ClusterContext): Promise<Cluster | null> {
  return loaders.clusterById.load(reference.id);
}
