import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { AwardDecision } from '../entities/award-decision';

@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  @Query(() => AwardDecision, { nullable: true, description: 'A decision by its number as written (e.g. 1234/QĐ-UBND); null if there is none' })
  awardDecision(@Arg('number', () => String) number: string, @Ctx() { db }: CityContext): Promise<AwardDecision | null> {
    return db.getRepository(AwardDecision).findOneBy({ number });
  }

  @FieldResolver(() => [Award], { description: 'The awards it conferred' })
  awards(@Root() decision: AwardDecision, @Ctx() { loaders }: CityContext): Promise<Award[]> {
    return loaders.awardsOfDecision.load(decision.id);
  }
}
