import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { District } from '../entities/district';

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
      : loaders.awardsOfDistrictInYear.load({ districtId: district.id, year });
  }
}
