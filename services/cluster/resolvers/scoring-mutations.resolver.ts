import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { assertYear, graphError } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import type { ClusterContext } from '../context';
import { ClusterMembership } from '../entities/cluster-membership';
import { Score } from '../entities/score';
import { CriterionKind, ScoringCriterion } from '../entities/scoring-criterion';
import { DefineScoringTableInput } from '../inputs/define-scoring-table.input';
import { SubmitScoresInput } from '../inputs/submit-scores.input';
import { assertDistinct, assertYearOpen, clusterWrite, replaceRows } from '../writes';
import { assertDistrictsKnown } from '../district-references';

// The BASE criteria make up the 100 points; maxima are decimals, summed without binary noise.
const BASE_TOTAL = 100;
const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 1e6) / 1e6;

@Resolver()
export class ScoringMutationsResolver {
  @Mutation(() => [ScoringCriterion], {
    description: "Replaces a cluster's scoring table for a year, by code; before any score is given and while the year is not final. The cluster's CLUSTER_ADMIN only",
  })
  defineScoringTable(
    @Arg('input', () => DefineScoringTableInput, { description: 'The cluster, the year and every criterion' }) input: DefineScoringTableInput,
    @Ctx() context: ClusterContext,
  ): Promise<ScoringCriterion[]> {
    const { clusterId, year, criteria } = input;
    assertYear(year);
    assertDistinct(
      criteria.map((criterion) => criterion.code),
      'criteria.code',
    );
    const base = sum(criteria.filter((criterion) => criterion.kind === CriterionKind.BASE).map((criterion) => criterion.maxPoints));
    if (base !== BASE_TOTAL) {
      throw graphError('BAD_USER_INPUT', `the BASE criteria's maxPoints must sum to ${BASE_TOTAL}, got ${base}`, { field: 'criteria.maxPoints' });
    }
    return clusterWrite(context, 'defineScoringTable', clusterId, async (write) => {
      const { manager } = write;
      await assertYearOpen(manager, clusterId, year);
      if (await manager.existsBy(Score, { clusterId, year })) {
        throw graphError('CONFLICT', `cluster ${clusterId}'s ${year} has scores on its table: the table is set before scoring`, { field: 'criteria' });
      }
      const after = criteria.map(
        ({ code, title, maxPoints, kind }): ScoringCriterion => ({ id: `${clusterId}-${year}-${code}`, clusterId, year, code, title, maxPoints, kind, source: ENTERED }),
      );
      await replaceRows(write, ScoringCriterion, await manager.findBy(ScoringCriterion, { clusterId, year }), after);
      return after.sort((a, b) => a.code.localeCompare(b.code));
    });
  }

  @Mutation(() => [Score], {
    description:
      "Gives a member district its points on criteria of the year's table, replacing its earlier points on them; refused once the year is final. The cluster's CLUSTER_ADMIN only",
  })
  async submitScores(
    @Arg('input', () => SubmitScoresInput, { description: 'The cluster, the year, the district and its points' }) input: SubmitScoresInput,
    @Ctx() context: ClusterContext,
  ): Promise<Score[]> {
    const { clusterId, year, districtId, scores } = input;
    assertYear(year);
    assertDistinct(
      scores.map((score) => score.criterionCode),
      'scores.criterionCode',
    );
    // A member stored before ids were checked may be a phantom: it gets no points.
    await assertDistrictsKnown(context, clusterId, [{ districtId, field: 'districtId' }]);
    return clusterWrite(context, 'submitScores', clusterId, async (write) => {
      const { manager } = write;
      await assertYearOpen(manager, clusterId, year);
      const membership = await manager.findOneBy(ClusterMembership, { districtId, year });
      if (membership?.clusterId !== clusterId) {
        throw graphError('BAD_USER_INPUT', `${districtId} is not a member of cluster ${clusterId} in ${year}`, { field: 'districtId' });
      }
      const table = new Map((await manager.findBy(ScoringCriterion, { clusterId, year })).map((criterion) => [criterion.code, criterion]));
      const after = scores.map(({ criterionCode, points, note }): Score => {
        const criterion = table.get(criterionCode);
        if (!criterion) {
          throw graphError('BAD_USER_INPUT', `cluster ${clusterId}'s ${year} table has no criterion ${criterionCode}`, { field: 'scores.criterionCode' });
        }
        if (!(points >= 0 && points <= criterion.maxPoints)) {
          throw graphError('POINTS_OUT_OF_RANGE', `criterion ${criterionCode} takes 0 to ${criterion.maxPoints} points, got ${points}`, {
            field: 'scores.points',
            criterion: criterionCode,
            maxPoints: criterion.maxPoints,
          });
        }
        const id = `${criterion.id}-${districtId}`;
        return { id, clusterId, year, districtId, criterionId: criterion.id, points, note: note ?? null, source: ENTERED };
      });
      const before = await manager.findBy(Score, { id: In(after.map((score) => score.id)) });
      await replaceRows(write, Score, before, after);
      return after.sort((a, b) => a.criterionId.localeCompare(b.criterionId));
    });
  }
}
