import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { District } from '../entities/district';
import { EligibleCandidate } from '../entities/eligible-candidate';
import { Person } from '../entities/person';
import { Unit } from '../entities/unit';

// A page's candidates ask together: one statement for their people, one for their units.
@Resolver(() => EligibleCandidate)
export class EligibleCandidateResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person, for INDIVIDUAL' })
  person(@Root() candidate: EligibleCandidate, @Ctx() { loaders }: DistrictContext): Promise<Person | null> | null {
    return candidate.personId ? loaders.personById.load(candidate.personId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit, for COLLECTIVE' })
  unit(@Root() candidate: EligibleCandidate, @Ctx() { loaders }: DistrictContext): Promise<Unit | null> | null {
    return candidate.unitId ? loaders.unitById.load(candidate.unitId) : null;
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district: the candidate itself for DISTRICT, else the one it belongs to' })
  district(@Root() candidate: EligibleCandidate, @Ctx() { loaders }: DistrictContext): Promise<District | null> {
    return loaders.districtById.load(candidate.districtId);
  }
}
