import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { CityContext } from '../context';
import { AwardType, LEVEL_ORDER } from '../entities/award-type';

@Resolver(() => AwardType)
export class AwardTypeResolver {
  @Query(() => [AwardType], { nullable: true, description: 'The award catalogue: district level first, then city, then national' })
  async awardTypes(@Ctx() { db }: CityContext): Promise<AwardType[]> {
    const types = await db.getRepository(AwardType).find({ order: { code: 'ASC' } });
    return types.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
  }

  @Query(() => AwardType, { nullable: true, description: 'One award type by its code (e.g. CSTDCS); null if there is none' })
  awardType(@Arg('code', () => ID) code: string, @Ctx() { loaders }: CityContext): Promise<AwardType | null> {
    return loaders.awardTypeByCode.load(code);
  }
}

export function resolveAwardTypeReference(reference: { code: string }, { loaders }: CityContext): Promise<AwardType | null> {
  return loaders.awardTypeByCode.load(reference.code);
}
