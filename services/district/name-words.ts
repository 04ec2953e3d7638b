import type { EntityManager } from 'typeorm';
import { foldedWords, foldText } from '../core/fold-text';
import { PersonNameWord } from './entities/person-name-word';
import { UnitNameWord } from './entities/unit-name-word';

/**
 * The rows of the name-search index (entities/person-name-word.ts, unit-name-word.ts): one per
 * distinct word of the folded name. The writes, the demo seed and the migration that filled the
 * index for earlier rows all build them here, so that they fold names alike.
 */
export function personNameWords(person: { id: string; districtId: string; fullName: string }): PersonNameWord[] {
  const foldedName = foldText(person.fullName);
  return foldedWords(person.fullName).map((word) => ({ personId: person.id, districtId: person.districtId, word, foldedName }));
}

export function unitNameWords(unit: { id: string; districtId: string; name: string }): UnitNameWord[] {
  const foldedName = foldText(unit.name);
  return foldedWords(unit.name).map((word) => ({ unitId: unit.id, districtId: unit.districtId, word, foldedName }));
}

/** Indexes a person's name in the write's transaction, in place of what it was. */
export async function indexPersonName(manager: EntityManager, person: { id: string; districtId: string; fullName: string }): Promise<void> {
  await manager.delete(PersonNameWord, { personId: person.id });
  const rows = personNameWords(person);
  if (rows.length > 0) await manager.insert(PersonNameWord, rows);
}

/** Indexes a unit's name in the write's transaction, in place of what it was. */
export async function indexUnitName(manager: EntityManager, unit: { id: string; districtId: string; name: string }): Promise<void> {
  await manager.delete(UnitNameWord, { unitId: unit.id });
  const rows = unitNameWords(unit);
  if (rows.length > 0) await manager.insert(UnitNameWord, rows);
}
