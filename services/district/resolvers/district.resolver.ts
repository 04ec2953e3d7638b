import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { DistrictContext } from '../context';
import { District } from '../entities/district';

// Vietnamese order: Đ after D, diacritics after the plain letter.
const vietnamese = new Intl.Collator('vi');

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { description: 'Every district-level unit of the city, in Vietnamese alphabetical order' })
  async districts(@Ctx() { db }: DistrictContext): Promise<District[]> {
    const districts = await db.getRepository(District).find();
    return districts.sort((a, b) => vietnamese.compare(a.name, b.name));
  }

  @Query(() => District, { nullable: true, description: 'One district by its id (e.g. dong-da); null if there is none' })
  district(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DistrictContext): Promise<District | null> {
    return loaders.districtById.load(id);
  }
}

export async function resolveDistrictReference(reference: { id: string }, { loaders }: DistrictContext): Promise<District | null> {
  return loaders.districtById.load(reference.id);
}
