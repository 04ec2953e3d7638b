import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite, districtScope } from '../../core/audit';
import { assertDistrictWriter } from '../../core/authorization';
import { graphError } from '../../core/errors';
import { ENTERED } from '../../core/inputs';
import { lockRows } from '../../core/locks';
import type { DistrictContext } from '../context';
import { Person } from '../entities/person';
import { Unit } from '../entities/unit';
import { AddPersonInput } from '../inputs/add-person.input';
import { CreateUnitInput } from '../inputs/create-unit.input';
import { UpdateUnitInput } from '../inputs/update-unit.input';
import { indexPersonName, indexUnitName } from '../name-words';
import { nextId, rowToWrite } from '../writes';

/** A district officer's writes of the district's units and people. */
@Resolver()
export class UnitMutationsResolver {
  @Mutation(() => Unit, { description: "Adds a collective to the officer's district; its id is the district's next (e.g. ba-dinh-u031)" })
  createUnit(@Arg('input', () => CreateUnitInput, { description: 'The new unit' }) input: CreateUnitInput, @Ctx() context: DistrictContext): Promise<Unit> {
    assertDistrictWriter(context.viewer, input.districtId);
    return auditedWrite(context, 'createUnit', districtScope(input.districtId), async ({ manager, record }) => {
      const unit: Unit = {
        id: await nextId(manager, Unit, input.districtId, 'u', 3),
        districtId: input.districtId,
        name: input.name,
        kind: input.kind,
        memberCount: input.memberCount,
        source: ENTERED,
      };
      await manager.insert(Unit, unit);
      await indexUnitName(manager, unit);
      record('Unit', unit.id, null, unit);
      return unit;
    });
  }

  @Mutation(() => Unit, { description: "Changes a unit's name, kind or member count" })
  async updateUnit(
    @Arg('id', () => ID, { description: 'The unit, e.g. ba-dinh-u001' }) id: string,
    @Arg('input', () => UpdateUnitInput, { description: 'The fields to change' }) input: UpdateUnitInput,
    @Ctx() context: DistrictContext,
  ): Promise<Unit> {
    const changes = Object.fromEntries(Object.entries({ name: input.name, kind: input.kind, memberCount: input.memberCount }).filter(([, value]) => value !== null && value !== undefined));
    if (Object.keys(changes).length === 0) throw graphError('BAD_USER_INPUT', 'name at least one of name, kind, memberCount to change', { field: 'input' });
    const row = await rowToWrite(context, Unit, id, 'id');
    return auditedWrite(context, 'updateUnit', districtScope(row.districtId), async ({ manager, record }) => {
      // Read again inside the transaction, locked: the audit's `before` is what this write replaced.
      const [before] = await lockRows(manager, Unit, { id, districtId: row.districtId });
      const after: Unit = { ...before, ...changes, source: ENTERED };
      await manager.update(Unit, { id, districtId: row.districtId }, { ...changes, source: ENTERED });
      if (after.name !== before.name) await indexUnitName(manager, after);
      record('Unit', id, before, after);
      return after;
    });
  }

  @Mutation(() => Person, { description: "Adds a person to a unit of the officer's district; the id is the district's next (e.g. ba-dinh-p0412)" })
  async addPerson(@Arg('input', () => AddPersonInput, { description: 'The new person' }) input: AddPersonInput, @Ctx() context: DistrictContext): Promise<Person> {
    const unit = await rowToWrite(context, Unit, input.unitId, 'unitId');
    return auditedWrite(context, 'addPerson', districtScope(unit.districtId), async ({ manager, record }) => {
      const person: Person = {
        id: await nextId(manager, Person, unit.districtId, 'p', 4),
        districtId: unit.districtId,
        unitId: unit.id,
        fullName: input.fullName,
        position: input.position,
        gender: input.gender,
        birthYear: input.birthYear ?? null,
        source: ENTERED,
      };
      await manager.insert(Person, person);
      await indexPersonName(manager, person);
      record('Person', person.id, null, person);
      return person;
    });
  }
}
