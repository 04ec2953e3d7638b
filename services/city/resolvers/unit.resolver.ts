import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { Unit } from '../entities/unit';

@Resolver(() => Unit)
export class UnitAwardsResolver {
  @FieldResolver(() => [Award], { description: 'City-level and national awards to the unit as a collective, by year' })
  awards(
    @Root() unit: Unit,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year; all years if omitted' }) year: number | null,
    @Ctx() { loaders }: CityContext,
  ): Promise<Award[]> {
    assertYear(year);
    return year === null || year === undefined ? loaders.awardsOfUnit.load(unit.id) : loaders.awardsOfUnitInYear.load({ id: unit.id, year });
  }
}
