import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { Person } from '../entities/person';
import { Unit } from '../entities/unit';
import { YearRating } from '../entities/year-rating';

@Resolver(() => YearRating)
export class YearRatingResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person rated; null for a unit' })
  person(@Root() rating: YearRating, @Ctx() { loaders }: DistrictContext): Promise<Person | null> | null {
    return rating.personId ? loaders.personById.load(rating.personId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit rated; null for a person' })
  unit(@Root() rating: YearRating, @Ctx() { loaders }: DistrictContext): Promise<Unit | null> | null {
    return rating.unitId ? loaders.unitById.load(rating.unitId) : null;
  }
}
