import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { CityContext } from '../context';
import { Award } from '../entities/award';
import { Person } from '../entities/person';

@Resolver(() => Person)
export class PersonAwardsResolver {
  @FieldResolver(() => [Award], { description: 'City-level and national awards to the person, by year' })
  awards(
    @Root() person: Person,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year; all years if omitted' }) year: number | null,
    @Ctx() { loaders }: CityContext,
  ): Promise<Award[]> {
    assertYear(year);
    return year === null || year === undefined
      ? loaders.awardsOfPerson.load(person.id)
      : loaders.awardsOfPersonInYear.load({ id: person.id, year });
  }
}
