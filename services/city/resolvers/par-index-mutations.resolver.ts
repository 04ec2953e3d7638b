import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertYear } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import { lockName } from '../../core/locks';
import type { CityContext } from '../context';
import { ParIndex } from '../entities/par-index';
import { RecordParIndexInput } from '../inputs/record-par-index.input';
import { competitionRanks, writeRanks } from '../par-ranking';
import { cityWrite } from '../writes';
import { assertDistrictKnown } from '../recipient-references';

@Resolver()
export class ParIndexMutationsResolver {
  @Mutation(() => [ParIndex], {
    description: "Records a district's PAR index for a year (replacing the one recorded) and ranks that year's districts again; answers the year's ranking, best first",
  })
  async recordParIndex(@Arg('input', () => RecordParIndexInput, { description: 'The district, year and score' }) input: RecordParIndexInput, @Ctx() context: CityContext): Promise<ParIndex[]> {
    assertYear(input.year, 'year');
    await assertDistrictKnown(context, input.districtId, 'districtId');
    return cityWrite(context, 'recordParIndex', async (write) => {
      const { manager, record } = write;
      // One ranking of the year at a time: each reads the scores the one before it committed.
      await lockName(manager, `par-index:${input.year}`);
      const before = await manager.find(ParIndex, { where: { year: input.year }, order: { id: 'ASC' } });
      const scores = new Map(before.map((row) => [row.districtId, row.score]));
      scores.set(input.districtId, input.score);
      const ranks = competitionRanks(scores);
      const own = before.find((row) => row.districtId === input.districtId);
      const fields = { districtId: input.districtId, year: input.year, score: input.score, rank: ranks.get(input.districtId)!, source: ENTERED };
      if (own) await manager.update(ParIndex, { id: own.id }, { score: fields.score, rank: fields.rank, source: ENTERED });
      const recorded: ParIndex = { id: own?.id ?? (await manager.insert(ParIndex, fields)).identifiers[0].id, ...fields };
      record('ParIndex', recorded.id, own ?? null, recorded);
      // Every other district whose rank the new score moved: several rows, in the same transaction.
      return writeRanks(write, before.filter((candidate) => candidate !== own), ranks, [recorded]);
    });
  }
}
