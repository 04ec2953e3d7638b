import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { District } from '../entities/district';
import { LocalAward } from '../entities/local-award';
import { Person } from '../entities/person';
import { Unit } from '../entities/unit';
import { YearRating } from '../entities/year-rating';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'One unit by its id (e.g. ba-dinh-u001); null if there is none' })
  unit(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DistrictContext): Promise<Unit | null> {
    return loaders.unitById.load(id);
  }

  @FieldResolver(() => District)
  async district(@Root() unit: Unit, @Ctx() { loaders }: DistrictContext): Promise<District> {
    // The foreign key guarantees the district exists.
    return (await loaders.districtById.load(unit.districtId))!;
  }

  @FieldResolver(() => [Person], { description: 'The people of the unit on record, by id' })
  people(@Root() unit: Unit, @Ctx() { loaders }: DistrictContext): Promise<Person[]> {
    return loaders.peopleOfUnit.load({ districtId: unit.districtId, unitId: unit.id });
  }

  @FieldResolver(() => [YearRating], { description: "The unit's yearly ratings, by year" })
  ratings(@Root() unit: Unit, @Ctx() { loaders }: DistrictContext): Promise<YearRating[]> {
    return loaders.ratingsOfUnit.load({ districtId: unit.districtId, unitId: unit.id });
  }

  @FieldResolver(() => [LocalAward], { description: 'The titles and forms the district conferred on the unit, by year' })
  localAwards(@Root() unit: Unit, @Ctx() { loaders }: DistrictContext): Promise<LocalAward[]> {
    return loaders.localAwardsOfUnit.load({ districtId: unit.districtId, unitId: unit.id });
  }
}

export function resolveUnitReference(reference: { id: string }, { loaders }: DistrictContext): Promise<Unit | null> {
  return loaders.unitById.load(reference.id);
}
