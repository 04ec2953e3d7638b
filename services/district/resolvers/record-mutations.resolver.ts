import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite, districtScope } from '../../core/audit';
import { assertIsoDate, assertYear } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import { lockRows } from '../../core/locks';
import type { DistrictContext } from '../context';
import { Initiative } from '../entities/initiative';
import { Person } from '../entities/person';
import { Unit } from '../entities/unit';
import { YearRating } from '../entities/year-rating';
import { RateYearInput } from '../inputs/rate-year.input';
import { RecognizeInitiativeInput } from '../inputs/recognize-initiative.input';
import { assertOneHolder, rowToWrite } from '../writes';

/** A district officer's writes of what its people and units achieved in a year: ratings and initiatives. */
@Resolver()
export class RecordMutationsResolver {
  @Mutation(() => YearRating, { description: "Rates a person's or a unit's year; a second rating of the same holder and year replaces the first" })
  async rateYear(@Arg('input', () => RateYearInput, { description: 'The rating' }) input: RateYearInput, @Ctx() context: DistrictContext): Promise<YearRating> {
    assertYear(input.year);
    assertOneHolder(input);
    const holder: Person | Unit = input.personId
      ? await rowToWrite(context, Person, input.personId, 'personId')
      : await rowToWrite(context, Unit, input.unitId!, 'unitId');
    const owner = input.personId ? { personId: holder.id, unitId: null } : { personId: null, unitId: holder.id };
    return auditedWrite(context, 'rateYear', districtScope(holder.districtId), async ({ manager, record }) => {
      // The holder's row stays locked until commit: concurrent ratings of it replace one another in turn.
      await lockRows<Person | Unit>(manager, input.personId ? Person : Unit, { id: holder.id });
      const where = { districtId: holder.districtId, year: input.year, ...(input.personId ? { personId: holder.id } : { unitId: holder.id }) };
      const before = await manager.findOneBy(YearRating, where);
      if (before) {
        const after: YearRating = { ...before, rating: input.rating, source: ENTERED };
        await manager.update(YearRating, { id: before.id, districtId: holder.districtId }, { rating: input.rating, source: ENTERED });
        record('YearRating', before.id, before, after);
        return after;
      }
      const fields = { districtId: holder.districtId, year: input.year, ...owner, rating: input.rating, source: ENTERED };
      const { identifiers } = await manager.insert(YearRating, fields);
      const rating: YearRating = { id: Number(identifiers[0].id), ...fields };
      record('YearRating', rating.id, null, rating);
      return rating;
    });
  }

  @Mutation(() => Initiative, { description: 'Records an initiative (sáng kiến) of a person as recognised; it is unused until a title rests on it' })
  async recognizeInitiative(
    @Arg('input', () => RecognizeInitiativeInput, { description: 'The initiative' }) input: RecognizeInitiativeInput,
    @Ctx() context: DistrictContext,
  ): Promise<Initiative> {
    assertYear(input.year);
    assertIsoDate(input.recognizedOn, 'recognizedOn');
    const person = await rowToWrite(context, Person, input.personId, 'personId');
    return auditedWrite(context, 'recognizeInitiative', districtScope(person.districtId), async ({ manager, record }) => {
      const fields = {
        districtId: person.districtId,
        personId: person.id,
        year: input.year,
        title: input.title,
        scope: input.scope,
        recognizedOn: input.recognizedOn ?? null,
        usedForAwardCode: null,
        source: ENTERED,
      };
      const { identifiers } = await manager.insert(Initiative, fields);
      const initiative: Initiative = { id: Number(identifiers[0].id), ...fields };
      record('Initiative', initiative.id, null, initiative);
      return initiative;
    });
  }
}
