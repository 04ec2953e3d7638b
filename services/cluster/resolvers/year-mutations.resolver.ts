import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertYear, graphError } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import type { ClusterContext } from '../context';
import { ClusterYear } from '../entities/cluster-year';
import { FinalizedYear } from '../entities/finalized-year';
import { Nomination } from '../entities/nomination';
import { NominationQuota } from '../entities/nomination-quota';
import { Score } from '../entities/score';
import { ScoringCriterion } from '../entities/scoring-criterion';
import { FinalizeYearArgs } from '../inputs/finalize-year.args';
import { SetNominationQuotaInput } from '../inputs/set-nomination-quota.input';
import { clusterStandings } from '../standings';
import { ballot, byAwardRank, DEFAULT_NOMINATION_QUOTA, placeVote } from '../vote';
import { assertDistinct, assertYearOpen, clusterWrite, replaceRows } from '../writes';
import { assertDistrictsKnown } from '../district-references';

@Resolver()
export class YearMutationsResolver {
  @Mutation(() => [NominationQuota], {
    description:
      "Sets how many of each award the cluster's vote proposes in the years it finalizes from now on, highest award first; replaces its quota (by default 1 CO_CP, 2 CO_TP, 3 BK_TP). The cluster's CLUSTER_ADMIN only",
  })
  setNominationQuota(
    @Arg('input', () => SetNominationQuotaInput, { description: 'The cluster and its whole quota' }) input: SetNominationQuotaInput,
    @Ctx() context: ClusterContext,
  ): Promise<NominationQuota[]> {
    const { clusterId, quota } = input;
    assertDistinct(
      quota.map((line) => line.awardTypeCode),
      'quota.awardTypeCode',
    );
    return clusterWrite(context, 'setNominationQuota', clusterId, async (write) => {
      const after = quota.map(({ awardTypeCode, count }): NominationQuota => ({ clusterId, awardTypeCode, count }));
      await replaceRows(write, NominationQuota, await write.manager.findBy(NominationQuota, { clusterId }), after);
      return after.sort((a, b) => byAwardRank(a.awardTypeCode, b.awardTypeCode));
    });
  }

  @Mutation(() => FinalizedYear, {
    description:
      "Closes a cluster-year at its year-end review: locks the scores, ranks the members and creates the nominations of the cluster's quota, highest award to the best-ranked district, one award per district; the city's fileNominations makes each a dossier. The cluster's CLUSTER_ADMIN only",
  })
  async finalizeYear(@Args() { clusterId, year }: FinalizeYearArgs, @Ctx() context: ClusterContext): Promise<FinalizedYear> {
    assertYear(year);
    // The vote nominates the scored districts: a phantom scored before ids were checked is removed first (setMembership).
    const scored = await context.db.getRepository(Score).find({ select: { districtId: true }, where: { clusterId, year } });
    await assertDistrictsKnown(
      context,
      clusterId,
      [...new Set(scored.map((score) => score.districtId))].map((districtId) => ({ districtId, field: 'year' })),
    );
    return clusterWrite(context, 'finalizeYear', clusterId, async (write) => {
      const { manager } = write;
      await assertYearOpen(manager, clusterId, year);
      const scores = await manager.findBy(Score, { clusterId, year });
      if (!scores.length) throw graphError('BAD_USER_INPUT', `cluster ${clusterId} has no scores for ${year}: there is nothing to rank`, { field: 'year' });
      if (await manager.existsBy(Nomination, { clusterId, year })) {
        throw graphError('CONFLICT', `cluster ${clusterId}'s ${year} vote is recorded already: its nominations exist`, { field: 'year' });
      }
      const lock: ClusterYear = { clusterId, year, finalizedAt: new Date().toISOString() };
      await replaceRows(write, ClusterYear, [], [lock]);
      const standings = clusterStandings(await manager.findBy(ScoringCriterion, { clusterId, year }), scores);
      const quota = await manager.findBy(NominationQuota, { clusterId });
      const vote = placeVote(
        ballot(quota.length ? quota : DEFAULT_NOMINATION_QUOTA),
        standings.map((standing) => standing.districtId),
      );
      const nominations = vote.map(
        ({ districtId, awardTypeCode }): Nomination => ({
          id: `${clusterId}-${year}-${districtId}-${awardTypeCode}`,
          clusterId,
          year,
          districtId,
          awardTypeCode,
          // The vote is by quota, not by ballots counted here.
          votePercent: null,
          source: ENTERED,
        }),
      );
      await replaceRows(write, Nomination, [], nominations);
      return { clusterId, year, finalizedAt: lock.finalizedAt, standings, nominations };
    });
  }
}
