import { Column, Entity, In, PrimaryColumn, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { graphError } from './errors';
import { askGraph, inChunks, type GraphContext } from './graph-query';

/**
 * The district level's entities that the cluster and city levels write ids of. No subgraph reads
 * another's database, so each keeps a verified local copy of the ids it may point to: the data set
 * puts its identities there at seed time (the levels already agree on them through demo/datasets.ts),
 * and an id the copy lacks is asked of the graph, through the gateway, and kept once confirmed.
 */
export type ReferenceKind = 'District' | 'Unit' | 'Person';

/** How the local copy learned an id. */
export type KnownOrigin = 'dataset' | 'graph';

@Entity({ name: 'known_entity' })
export class KnownEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: ReferenceKind;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  /** The district it is or belongs to (a district's own id for a district). */
  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  @Column({ type: 'varchar', length: 16 })
  origin!: KnownOrigin;
}

/** The same table in the cluster's and the city's database. */
export class CreateKnownEntities1732800000000 implements MigrationInterface {
  name = 'CreateKnownEntities1732800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'known_entity',
        columns: [
          { name: 'kind', type: 'varchar', length: '16', isPrimary: true },
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'district_id', type: 'varchar', length: '64' },
          { name: 'origin', type: 'varchar', length: '16' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('known_entity');
  }
}

export interface ReferenceContext extends GraphContext {
  db: DataSource;
}

export interface Reference {
  kind: ReferenceKind;
  id: string;
  /** The district the entity must be, or belong to. */
  districtId: string;
  /** The input field that named it, for the error. */
  field: string;
}

const keyOf = (kind: ReferenceKind, id: string) => `${kind}:${id}`;
const ROOT_FIELD: Record<ReferenceKind, { field: string; selection: string }> = {
  District: { field: 'district', selection: 'id' },
  Unit: { field: 'unit', selection: 'id district { id }' },
  Person: { field: 'person', selection: 'id district { id }' },
};

/**
 * Each entity's district as its owner knows it, or null for an id the owner does not know: from the
 * local copy, else from the graph (what it confirms is kept). REFERENCE_UNVERIFIED when an id is in
 * neither and the graph cannot answer now: nothing may be written on an unverified id.
 */
async function lookUpReferences(context: ReferenceContext, wanted: Array<{ kind: ReferenceKind; id: string }>): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  const kinds = [...new Set(wanted.map(({ kind }) => kind))];
  for (const kind of kinds) {
    const ids = [...new Set(wanted.filter((entry) => entry.kind === kind).map(({ id }) => id))];
    for (const row of await context.db.getRepository(KnownEntity).findBy({ kind, id: In(ids) })) found.set(keyOf(kind, row.id), row.districtId);
  }
  const missing = new Map<string, { kind: ReferenceKind; id: string }>();
  for (const { kind, id } of wanted) if (!found.has(keyOf(kind, id))) missing.set(keyOf(kind, id), { kind, id });
  if (missing.size === 0) return found;
  const asked = [...missing.values()];
  const answers = await inChunks(asked, context.graph.rootFields, (chunk) => districtsOf(context, chunk));
  const confirmed: KnownEntity[] = [];
  asked.forEach(({ kind, id }, index) => {
    found.set(keyOf(kind, id), answers[index]);
    if (answers[index] !== null) confirmed.push({ kind, id, districtId: answers[index]!, origin: 'graph' });
  });
  // Two requests may confirm the same id at once: the first row stands, and it says the same.
  if (confirmed.length) await context.db.createQueryBuilder().insert().into(KnownEntity).values(confirmed).orIgnore().execute();
  return found;
}

type Located = { id: string; district?: { id: string } } | null;

/** One query of aliased root fields (`r0: person(id: $r0) { id district { id } }`); the district of each, or null. */
async function districtsOf(context: ReferenceContext, entries: Array<{ kind: ReferenceKind; id: string }>): Promise<Array<string | null>> {
  const data = await askGraph(context, {
    operationName: 'VerifyReferences',
    query: `query VerifyReferences(${entries.map((_, index) => `$r${index}: ID!`).join(', ')}) { ${entries
      .map(({ kind }, index) => `r${index}: ${ROOT_FIELD[kind].field}(id: $r${index}) { ${ROOT_FIELD[kind].selection} }`)
      .join(' ')} }`,
    variables: Object.fromEntries(entries.map(({ id }, index) => [`r${index}`, id])),
    unverified: (reason, details = {}) =>
      graphError('REFERENCE_UNVERIFIED', `${entries.map(({ kind, id }) => `${kind} ${id}`).join(', ')} could not be verified: ${reason}; nothing was written, try again later`, {
        ids: entries.map(({ id }) => id),
        ...details,
      }),
  });
  return entries.map(({ kind }, index) => {
    const entity = data[`r${index}`] as Located;
    return entity ? (kind === 'District' ? entity.id : entity.district!.id) : null;
  });
}

const LABEL: Record<ReferenceKind, string> = { District: 'district', Unit: 'unit', Person: 'person' };

/**
 * Refuses a write that names an entity its owner does not know (NOT_FOUND), or one in another
 * district than the input says (BAD_USER_INPUT: the id exists, the pairing is wrong).
 */
export async function assertReferences(context: ReferenceContext, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const found = await lookUpReferences(context, references);
  for (const { kind, id, districtId, field } of references) {
    const owner = found.get(keyOf(kind, id));
    if (owner === null || owner === undefined) throw graphError('NOT_FOUND', `there is no ${LABEL[kind]} ${id}`, { field, kind, id });
    if (owner !== districtId) {
      throw graphError('BAD_USER_INPUT', `${LABEL[kind]} ${id} belongs to ${owner}, not ${districtId}`, { field, kind, id, district: owner });
    }
  }
}

/** The districts among `ids` that the owner does not know: phantoms an earlier version let in. */
export async function unknownDistricts(context: ReferenceContext, ids: string[]): Promise<string[]> {
  const found = await lookUpReferences(
    context,
    ids.map((id) => ({ kind: 'District' as const, id })),
  );
  return ids.filter((id) => found.get(keyOf('District', id)) === null);
}

/**
 * What an owner answers for an entity another subgraph names: the row, or NOT_FOUND on that
 * entity's place in the answer (the gateway puts it there), never a silent null beside the data.
 */
export function foundOrNotFound<T>(kind: ReferenceKind, id: string, row: T | null | undefined): T {
  if (row === null || row === undefined) throw graphError('NOT_FOUND', `there is no ${LABEL[kind]} ${id}`, { kind, id });
  return row;
}
