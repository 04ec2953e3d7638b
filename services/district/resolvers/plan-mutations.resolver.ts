import { Arg, Ctx, Float, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite, districtScope } from '../../core/audit';
import { assertDistrictWriter } from '../../core/authorization';
import { assertInRange, assertIsoDate, assertYear } from '../../core/errors';
import { ENTERED, MAX_QUANTITY } from '../../core/inputs';
import { lockRows } from '../../core/locks';
import type { DistrictContext } from '../context';
import { Movement } from '../entities/movement';
import { Target } from '../entities/target';
import { LaunchMovementInput } from '../inputs/launch-movement.input';
import { SetTargetInput } from '../inputs/set-target.input';
import { rowToWrite } from '../writes';

/** A district officer's writes of the district's year plan: movements and targets. */
@Resolver()
export class PlanMutationsResolver {
  @Mutation(() => Movement, { description: "Launches an emulation movement of the officer's district for a year" })
  launchMovement(@Arg('input', () => LaunchMovementInput, { description: 'The movement' }) input: LaunchMovementInput, @Ctx() context: DistrictContext): Promise<Movement> {
    assertYear(input.year);
    assertIsoDate(input.launchedOn, 'launchedOn');
    assertDistrictWriter(context.viewer, input.districtId);
    return auditedWrite(context, 'launchMovement', districtScope(input.districtId), async ({ manager, record }) => {
      const fields = {
        districtId: input.districtId,
        year: input.year,
        title: input.title,
        launchedOn: input.launchedOn ?? null,
        description: input.description ?? null,
        source: ENTERED,
      };
      const { identifiers } = await manager.insert(Movement, fields);
      const movement: Movement = { id: Number(identifiers[0].id), ...fields };
      record('Movement', movement.id, null, movement);
      return movement;
    });
  }

  @Mutation(() => Target, { description: "Sets a target (chỉ tiêu) of the officer's district for a year; its actual value is null until recordTargetResult" })
  setTarget(@Arg('input', () => SetTargetInput, { description: 'The target' }) input: SetTargetInput, @Ctx() context: DistrictContext): Promise<Target> {
    assertYear(input.year);
    assertDistrictWriter(context.viewer, input.districtId);
    return auditedWrite(context, 'setTarget', districtScope(input.districtId), async ({ manager, record }) => {
      const fields = {
        districtId: input.districtId,
        year: input.year,
        name: input.name,
        unitOfMeasure: input.unitOfMeasure,
        planned: input.planned ?? null,
        actual: null,
        higherIsBetter: input.higherIsBetter,
        source: ENTERED,
      };
      const { identifiers } = await manager.insert(Target, fields);
      const target: Target = { id: Number(identifiers[0].id), ...fields };
      record('Target', target.id, null, target);
      return target;
    });
  }

  @Mutation(() => Target, { description: "Records what a target achieved: its actual value, replacing any recorded before" })
  async recordTargetResult(
    @Arg('id', () => ID, { description: 'The target' }) id: string,
    @Arg('actual', () => Float, { description: 'The value achieved, in the unit of measure of the target' }) actual: number,
    @Ctx() context: DistrictContext,
  ): Promise<Target> {
    assertInRange(actual, 'actual', -MAX_QUANTITY, MAX_QUANTITY);
    const row = await rowToWrite(context, Target, id, 'id');
    return auditedWrite(context, 'recordTargetResult', districtScope(row.districtId), async ({ manager, record }) => {
      // Locked: concurrent results of one target replace one another in turn, each audited against the last.
      const [before] = await lockRows(manager, Target, { id: row.id, districtId: row.districtId });
      const after: Target = { ...before, actual, source: ENTERED };
      await manager.update(Target, { id: row.id, districtId: row.districtId }, { actual, source: ENTERED });
      record('Target', row.id, before, after);
      return after;
    });
  }
}
