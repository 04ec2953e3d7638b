import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear } from '../../core/errors';
import type { CityContext } from '../context';
import { District } from '../entities/district';
import { ParIndex } from '../entities/par-index';

@Resolver(() => ParIndex)
export class ParIndexResolver {
  @Query(() => [ParIndex], { nullable: true, description: "The year's PAR index of every district, best first; districts sharing a rank by id" })
  parIndexRanking(@Arg('year', () => Int) year: number, @Ctx() { db }: CityContext): Promise<ParIndex[]> {
    assertYear(year);
    return db.getRepository(ParIndex).find({ where: { year }, order: { rank: 'ASC', districtId: 'ASC' } });
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() parIndex: ParIndex): District {
    return { id: parIndex.districtId };
  }
}
