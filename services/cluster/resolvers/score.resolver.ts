import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterContext } from '../context';
import { District } from '../entities/district';
import { Score } from '../entities/score';
import { ScoringCriterion } from '../entities/scoring-criterion';

@Resolver(() => Score)
export class ScoreResolver {
  @FieldResolver(() => District, { nullable: true })
  district(@Root() score: Score): District {
    return { id: score.districtId };
  }

  @FieldResolver(() => ScoringCriterion)
  async criterion(@Root() score: Score, @Ctx() { loaders }: ClusterContext): Promise<ScoringCriterion> {
    // The foreign key guarantees the criterion exists.
    return (await loaders.criterionById.load(score.criterionId))!;
  }
}
