import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { parseCandidateConnectionId } from '../../core/candidate-connection-id';
import type { ClusterContext } from '../context';
import { CandidateConnection } from '../entities/candidate-connection';
import { StandingFact } from '../entities/standing-fact';
import { standingFacts } from '../standing-facts';

@Resolver(() => CandidateConnection)
export class CandidateConnectionStandingsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [StandingFact], {
    nullable: true,
    description: "The place of the district the candidates are of in its cluster every year it was ranked: the district's candidate list requires them",
  })
  standingFacts(@Root() connection: CandidateConnection, @Ctx() { loaders }: ClusterContext): Promise<StandingFact[]> {
    return standingFacts(loaders, parseCandidateConnectionId(connection.id).district);
  }
}
