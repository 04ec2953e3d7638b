import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../context';
import { Discipline } from '../entities/discipline';
import { Person } from '../entities/person';

@Resolver(() => Discipline)
export class DisciplineResolver {
  @FieldResolver(() => Person)
  async person(@Root() discipline: Discipline, @Ctx() { loaders }: DistrictContext): Promise<Person> {
    // The foreign key guarantees the person exists.
    return (await loaders.personById.load(discipline.personId))!;
  }
}
