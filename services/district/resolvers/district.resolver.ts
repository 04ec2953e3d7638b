import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { DistrictContext } from '../context';
import { AwardTypeCount } from '../entities/award-type-count';
import { District } from '../entities/district';
import { LocalAward } from '../entities/local-award';
import { Movement } from '../entities/movement';
import { Successor } from '../entities/successor';
import { Target } from '../entities/target';
import { Unit } from '../entities/unit';

// Vietnamese order: Đ after D, diacritics after the plain letter.
const vietnamese = new Intl.Collator('vi');

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { description: 'Every district-level unit of the city, in Vietnamese alphabetical order' })
  async districts(@Ctx() { db, loaders }: DistrictContext): Promise<District[]> {
    const districts = await db.getRepository(District).find();
    // Units and people of these districts ask for them again: answer those from the loader.
    for (const district of districts) loaders.districtById.prime(district.id, district);
    return districts.sort((a, b) => vietnamese.compare(a.name, b.name));
  }

  @Query(() => District, { nullable: true, description: 'One district by its id (e.g. dong-da); null if there is none' })
  district(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DistrictContext): Promise<District | null> {
    return loaders.districtById.load(id);
  }

  @FieldResolver(() => [Successor], { description: 'The wards and communes that took over on 2025-07-01, when the district level was abolished' })
  successors(@Root() district: District, @Ctx() { loaders }: DistrictContext): Promise<Successor[]> {
    return loaders.successorsOfDistrict.load(district.id);
  }

  @FieldResolver(() => [Unit], { description: 'The collectives of the district, by id' })
  units(@Root() district: District, @Ctx() { loaders }: DistrictContext): Promise<Unit[]> {
    return loaders.unitsOfDistrict.load(district.id);
  }

  @FieldResolver(() => [Movement], { description: 'The emulation movements, by year' })
  movements(
    @Root() district: District,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year; all years if omitted' }) year: number | null,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<Movement[]> {
    assertYear(year);
    return year === null || year === undefined
      ? loaders.movementsOfDistrict.load(district.id)
      : loaders.movementsOfDistrictInYear.load({ districtId: district.id, year });
  }

  @FieldResolver(() => [Target], { description: 'The targets (chỉ tiêu) of a year' })
  targets(@Root() district: District, @Arg('year', () => Int) year: number, @Ctx() { loaders }: DistrictContext): Promise<Target[]> {
    assertYear(year);
    return loaders.targetsOfDistrict.load({ districtId: district.id, year });
  }

  @FieldResolver(() => [LocalAward], { description: 'The titles and forms the district conferred for a year' })
  localAwards(@Root() district: District, @Arg('year', () => Int) year: number, @Ctx() { loaders }: DistrictContext): Promise<LocalAward[]> {
    assertYear(year);
    return loaders.localAwardsOfDistrict.load({ districtId: district.id, year });
  }

  @FieldResolver(() => [AwardTypeCount], { description: 'How many of each title and form the district conferred for a year, by award type code' })
  async localAwardCounts(
    @Root() district: District,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<AwardTypeCount[]> {
    assertYear(year);
    const rows = await loaders.localAwardCountsOfDistrict.load({ districtId: district.id, year });
    return rows.map(({ awardTypeCode, count }) => ({ awardType: { code: awardTypeCode }, count }));
  }
}

export async function resolveDistrictReference(reference: { id: string }, { loaders }: DistrictContext): Promise<District | null> {
  return loaders.districtById.load(reference.id);
}
