import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection } from '../../core/connections';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { AwardConnection } from '../entities/award-connection';
import { AwardDecision } from '../entities/award-decision';

@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  @Query(() => AwardDecision, { nullable: true, description: 'A decision by its number as written (e.g. 1234/QĐ-UBND); null if there is none' })
  awardDecision(@Arg('number', () => String) number: string, @Ctx() { db }: CityContext): Promise<AwardDecision | null> {
    return db.getRepository(AwardDecision).findOneBy({ number });
  }

  @FieldResolver(() => AwardConnection, { description: 'The awards it conferred, by id' })
  awards(@Root() decision: AwardDecision, @Args() page: PageArgs, @Ctx() { loaders }: CityContext): Promise<Connection<Award>> {
    return loaders.awardsOfDecision.load({ decisionId: decision.id }, page);
  }
}
