import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { District } from '../entities/district';
import { ParIndex } from '../entities/par-index';

@Resolver(() => District)
export class DistrictAwardsResolver {
  @FieldResolver(() => [Award], {
    description: 'City-level and national awards to the district and to the collectives and people in it, by year',
  })
  awards(
    @Root() district: District,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year; all years if omitted' }) year: number | null,
    @Ctx() { loaders }: CityContext,
  ): Promise<Award[]> {
    assertYear(year);
    return year === null || year === undefined
      ? loaders.awardsOfDistrict.load(district.id)
      : loaders.awardsOfDistrictInYear.load({ id: district.id, year });
  }

  @FieldResolver(() => ParIndex, { nullable: true, description: "The district's PAR index (Chỉ số CCHC) that year; null if none was appraised" })
  parIndex(@Root() district: District, @Arg('year', () => Int) year: number, @Ctx() { loaders }: CityContext): Promise<ParIndex | null> {
    assertYear(year);
    return loaders.parIndexOfDistrictInYear.load({ districtId: district.id, year });
  }
}
