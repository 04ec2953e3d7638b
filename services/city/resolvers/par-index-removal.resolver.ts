import { Args, ArgsType, Ctx, Field, ID, Int, Mutation, Resolver } from 'type-graphql';
import { assertCityAdmin } from '../../core/authorization';
import { assertYear, graphError } from '../../core/errors';
import { MaxLength, Slug } from '../../core/inputs';
import { lockName } from '../../core/locks';
import { unknownDistricts } from '../../core/references';
import type { CityContext } from '../context';
import { ParIndex } from '../entities/par-index';
import { competitionRanks, writeRanks } from '../par-ranking';
import { cityWrite } from '../writes';

@ArgsType()
class RemoveParIndexArgs {
  @Field(() => ID, { description: 'The district the graph does not know, as the row names it' })
  @MaxLength(64)
  @Slug()
  districtId!: string;

  @Field(() => Int, { description: 'The year appraised' })
  year!: number;
}

/**
 * A PAR index stored for a district the graph does not know (before ids were checked) ranks a
 * phantom among the districts: the city admin removes it, and the year is ranked again. A real
 * district's index is corrected with recordParIndex, never removed.
 */
@Resolver()
export class ParIndexRemovalResolver {
  @Mutation(() => [ParIndex], {
    description:
      "Removes the PAR index of a district the graph does not know (a row stored before ids were checked) and ranks that year's districts again; answers the year's ranking, best first. CONFLICT for a known district: correct its index with recordParIndex",
  })
  async removeParIndex(@Args() { districtId, year }: RemoveParIndexArgs, @Ctx() context: CityContext): Promise<ParIndex[]> {
    assertYear(year);
    assertCityAdmin(context.viewer);
    if ((await unknownDistricts(context, [districtId])).length === 0) {
      throw graphError('CONFLICT', `${districtId} is a district the graph knows: its PAR index is corrected with recordParIndex, not removed`, { field: 'districtId' });
    }
    return cityWrite(context, 'removeParIndex', async (write) => {
      const { manager, record } = write;
      await lockName(manager, `par-index:${year}`);
      const before = await manager.find(ParIndex, { where: { year }, order: { id: 'ASC' } });
      const phantom = before.find((row) => row.districtId === districtId);
      if (!phantom) throw graphError('NOT_FOUND', `there is no ${year} PAR index of ${districtId}`, { field: 'districtId' });
      await manager.delete(ParIndex, { id: phantom.id });
      record('ParIndex', phantom.id, phantom, null);
      const rest = before.filter((row) => row !== phantom);
      return writeRanks(write, rest, competitionRanks(new Map(rest.map((row) => [row.districtId, row.score]))));
    });
  }
}
