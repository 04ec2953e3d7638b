import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/**
 * The one loader factory. A loader batches the keys asked for during one request into one
 * query, and answers in key order, as DataLoader requires.
 *
 * `one`: at most one row per key (lookups by primary key); a missing row answers null.
 * `many`: any number of rows per key (relations); a key without rows answers [].
 * Keys may be objects (a district and a year): they are cached by their JSON form.
 */
export function loadOne<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>(
    async (keys) => {
      const rows = new Map((await fetch(keys)).map((row) => [cacheKey(keyOf(row)), row]));
      return keys.map((key) => rows.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Rows by their primary key (or another unique column): the loader every entity reference uses. */
export function loadByKey<T extends ObjectLiteral, K extends keyof T & string>(
  db: DataSource,
  entity: EntityTarget<T>,
  key: K,
): DataLoader<T[K], T | null, string> {
  return loadOne(
    (values: readonly T[K][]) => db.getRepository(entity).findBy({ [key]: In([...values]) } as FindOptionsWhere<T>),
    (row: T) => row[key],
  );
}

export function loadMany<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[], string> {
  return new DataLoader<K, V[], string>(
    async (keys) => {
      const groups = groupBy(await fetch(keys), (row) => cacheKey(keyOf(row)));
      return keys.map((key) => groups.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** A key's cache identity: objects at any depth have their fields sorted, so {a, b} and {b, a} are one key. */
export function cacheKey(key: unknown): string {
  if (typeof key !== 'object' || key === null) return String(key);
  return flatCacheKey(key) ?? JSON.stringify(key, sortedFields);
}

function sortedFields(_field: string, value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
    : value;
}

// A field name JSON writes as it is.
const PLAIN_FIELD = /^[A-Za-z_$][\w$]*$/;

/**
 * The same text for the common key, a plain object of scalars (a district and a year), written
 * directly: a loader builds one for every key and every row, and the replacer's copies and calls
 * cost several times as much. Undefined for anything else, and for a field named like an array
 * index, which an object would place first.
 */
function flatCacheKey(key: object): string | undefined {
  if (Object.getPrototypeOf(key) !== Object.prototype) return undefined;
  const fields = Object.keys(key);
  if (fields.length > 1) fields.sort();
  let text = '{';
  for (const field of fields) {
    const value = (key as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (!PLAIN_FIELD.test(field)) return undefined;
    let written: string;
    if (typeof value === 'string') written = JSON.stringify(value);
    else if (typeof value === 'number') written = Number.isFinite(value) ? String(value) : 'null';
    else if (value === null || typeof value === 'boolean') written = String(value);
    else return undefined;
    text += `${text.length > 1 ? ',' : ''}"${field}":${written}`;
  }
  return `${text}}`;
}

export function groupBy<T, P>(items: readonly T[], partOf: (item: T) => P): Map<P, T[]> {
  const groups = new Map<P, T[]>();
  for (const item of items) {
    const part = partOf(item);
    const group = groups.get(part);
    if (group) group.push(item);
    else groups.set(part, [item]);
  }
  return groups;
}

/**
 * Runs `fetch` once per distinct year among composite keys and joins the rows: a request almost
 * always asks one year, so a loader keyed by (owner, year) still costs one statement.
 */
export async function perYear<K extends { year: number }, V>(
  keys: readonly K[],
  fetch: (year: number, keysOfYear: K[]) => Promise<V[]>,
): Promise<V[]> {
  const batches = [...groupBy(keys, (key) => key.year)].map(([year, keysOfYear]) => fetch(year, keysOfYear));
  return (await Promise.all(batches)).flat();
}
