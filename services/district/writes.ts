import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { assertDistrictWriter, requireViewer } from '../core/authorization';
import { graphError } from '../core/errors';
import { lockRows } from '../core/locks';
import type { DistrictContext } from './context';
import { District } from './entities/district';
import { Person } from './entities/person';
import { Unit } from './entities/unit';

interface DistrictRow {
  districtId: string;
}

/**
 * The row a write names by id, once the caller may write it: UNAUTHENTICATED without a token,
 * NOT_FOUND for an unknown id, FORBIDDEN unless the caller is an officer of the row's district.
 * Numeric ids (targets, awards) that are not numbers are unknown ids.
 */
export async function rowToWrite<T extends DistrictRow>({ db, viewer }: DistrictContext, entity: EntityTarget<T>, id: string, field: string): Promise<T> {
  requireViewer(viewer);
  const metadata = db.getMetadata(entity);
  const numeric = metadata.primaryColumns[0].isGenerated;
  const key = { id: numeric ? Number(id) : id } as unknown as FindOptionsWhere<T>;
  const row = numeric && !/^\d{1,15}$/.test(id) ? null : await db.getRepository(entity).findOneBy(key);
  if (!row) throw graphError('NOT_FOUND', `${field}: there is no ${metadata.name} ${id}`, { field, id });
  assertDistrictWriter(viewer, row.districtId);
  return row;
}

/** Several people or units a write names, in the order given, each one the caller may write. */
export async function rowsToWrite<T extends Unit | Person>({ db, viewer }: DistrictContext, entity: EntityTarget<T>, ids: string[], field: string): Promise<T[]> {
  requireViewer(viewer);
  if (ids.length === 0) return [];
  const found = new Map((await db.getRepository(entity).createQueryBuilder('row').where('row.id IN (:...ids)', { ids }).getMany()).map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = found.get(id);
    if (!row) throw graphError('NOT_FOUND', `${field}: there is no ${db.getMetadata(entity).name} ${id}`, { field, id });
    assertDistrictWriter(viewer, row.districtId);
    return row;
  });
}

/** Refuses an input that names both or neither of a person and a unit. */
export function assertOneHolder(input: { personId?: string | null; unitId?: string | null }): void {
  if (Boolean(input.personId) === Boolean(input.unitId)) {
    throw graphError('BAD_USER_INPUT', 'name exactly one of personId and unitId', { field: input.personId ? 'unitId' : 'personId' });
  }
}

/**
 * The next readable id of a district's units (`ba-dinh-u031`) or people (`ba-dinh-p0412`): one past
 * the highest number in use. Named people (`dong-da-do-trong-nam`) have no number and do not count.
 * The district's row stays locked until the write commits, so concurrent additions to a district
 * take their numbers one after another and never collide.
 */
export async function nextId(manager: EntityManager, entity: typeof Unit | typeof Person, districtId: string, letter: 'u' | 'p', digits: number): Promise<string> {
  await lockRows(manager, District, { id: districtId });
  const prefix = `${districtId}-${letter}`;
  const [last] = await manager
    .getRepository(entity)
    .createQueryBuilder('row')
    .select('row.id', 'id')
    .where('row.districtId = :districtId', { districtId })
    .andWhere('row.id LIKE :pattern', { pattern: `${prefix}%` })
    // Only ids whose next character is a digit: a named person's slug may start with the letter.
    .andWhere(`SUBSTR(row.id, ${prefix.length + 1}, 1) BETWEEN '0' AND '9'`)
    .orderBy('LENGTH(row.id)', 'DESC')
    .addOrderBy('row.id', 'DESC')
    .limit(1)
    .getRawMany<{ id: string }>();
  const number = last ? Number(/\d+$/.exec(last.id)?.[0] ?? 0) : 0;
  return `${prefix}${String(number + 1).padStart(digits, '0')}`;
}
