import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { AwardType } from '../entities/award-type';
import { Initiative } from '../entities/initiative';
import { Person } from '../entities/person';

@Resolver(() => Initiative)
export class InitiativeResolver {
  @FieldResolver(() => AwardType, { nullable: true, description: 'The title or form the initiative was used for (once only); null while unused' })
  usedFor(@Root() initiative: Initiative): AwardType | null {
    return initiative.usedForAwardCode ? { code: initiative.usedForAwardCode } : null;
  }

  @FieldResolver(() => Person)
  async person(@Root() initiative: Initiative, @Ctx() { loaders }: DistrictContext): Promise<Person> {
    // The foreign key guarantees the person exists.
    return (await loaders.personById.load(initiative.personId))!;
  }
}
