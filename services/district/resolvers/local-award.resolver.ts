import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Revocation, revocationOf } from '../../core/revocation';
import type { DistrictContext } from '../context';
import { AwardType } from '../entities/award-type';
import { LocalAward } from '../entities/local-award';
import { Person } from '../entities/person';
import { Unit } from '../entities/unit';

@Resolver(() => LocalAward)
export class LocalAwardResolver {
  @FieldResolver(() => AwardType, { nullable: true })
  awardType(@Root() award: LocalAward): AwardType {
    return { code: award.awardTypeCode };
  }

  @FieldResolver(() => Revocation, { nullable: true, description: 'Who revoked it, when, why and by which decision; null unless REVOKED' })
  revocation(@Root() award: LocalAward): Revocation | null {
    return revocationOf(award);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The collective awarded; null for a person' })
  unit(@Root() award: LocalAward, @Ctx() { loaders }: DistrictContext): Promise<Unit | null> | null {
    return award.unitId ? loaders.unitById.load(award.unitId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person awarded; null for a collective' })
  person(@Root() award: LocalAward, @Ctx() { loaders }: DistrictContext): Promise<Person | null> | null {
    return award.personId ? loaders.personById.load(award.personId) : null;
  }
}
