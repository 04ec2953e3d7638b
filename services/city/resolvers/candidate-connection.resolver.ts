import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { parseCandidateConnectionId } from '../../core/candidate-connection-id';
import { awardFacts } from '../award-facts';
import type { CityContext } from '../context';
import { AwardFact } from '../entities/award-fact';
import { CandidateConnection } from '../entities/candidate-connection';

@Resolver(() => CandidateConnection)
export class CandidateConnectionAwardsResolver {
  // One statement for the whole district, whatever its size: the district judges every candidate from it.
  @Directive('@inaccessible')
  @FieldResolver(() => [AwardFact], {
    nullable: true,
    description: "Every city-level and national award to the district, its units and its people, oldest first: the district's candidate list requires them",
  })
  async cityAwardFacts(@Root() connection: CandidateConnection, @Ctx() { loaders }: CityContext): Promise<AwardFact[]> {
    const { district } = parseCandidateConnectionId(connection.id);
    return awardFacts(await loaders.heldInDistrict.load(district));
  }
}
