import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { assertPageSize, decodeCursor, encodeCursor, type Connection, type PageArgs } from '../core/connections';
import { foldedSearchText, startsWith } from '../core/fold-text';

/** The word table of each kind of name, and the column naming the row it indexes. */
const INDEXES = {
  person: { table: 'person_name_word', owner: 'person_id' },
  unit: { table: 'unit_name_word', owner: 'unit_id' },
} as const;

export interface NameSearch {
  text: string;
  district?: string | null;
}

/**
 * The words a name must have a word starting with: the text folded, less the words another of them
 * starts with (which they imply), longest first, since the longest picks the fewest rows of the index.
 */
function searchedWords(text: string): string[] {
  const words = [...new Set(foldedSearchText(text, 'text').split(' '))];
  return words.filter((word) => !words.some((other) => other !== word && other.startsWith(word))).sort((a, b) => b.length - a.length);
}

/**
 * The rows of the word table that match: the longest word reads a range of the table's index on
 * (word, owner), or (district, word, owner) within a district; each other word is a range of the
 * primary key (owner, word) of that owner.
 */
function matching(db: DataSource, kind: keyof typeof INDEXES, words: string[], district: string | null): SelectQueryBuilder<any> {
  const { table, owner } = INDEXES[kind];
  const [driving, ...others] = words;
  const [condition, parameters] = startsWith(db, 'found.word', 'word0', driving);
  const query = db.createQueryBuilder().from(table, 'found').where(condition, parameters);
  if (district) query.andWhere('found.district_id = :district', { district });
  others.forEach((word, index) => {
    const [otherCondition, otherParameters] = startsWith(db, `other${index}.word`, `word${index + 1}`, word);
    query.andWhere(`EXISTS (SELECT 1 FROM ${table} other${index} WHERE other${index}.${owner} = found.${owner} AND ${otherCondition})`, otherParameters);
  });
  return query;
}

/**
 * The statement of a search's page: the ids and folded names of the matches after the cursor, by
 * folded name, then id, one more than the page holds (it tells whether a next page exists).
 */
export function searchPageQuery(db: DataSource, kind: keyof typeof INDEXES, { text, district }: NameSearch, page: PageArgs): SelectQueryBuilder<any> {
  const { owner } = INDEXES[kind];
  const rows = matching(db, kind, searchedWords(text), district ?? null)
    .select(`found.${owner}`, 'id')
    .addSelect('found.folded_name', 'foldedName')
    .distinct(true);
  if (page.after) {
    const [name, id] = decodeCursor(page.after, 2);
    rows.andWhere(`(found.folded_name > :afterName OR (found.folded_name = :afterName AND found.${owner} > :afterId))`, { afterName: name, afterId: id });
  }
  return rows
    .orderBy('found.folded_name', 'ASC')
    .addOrderBy(`found.${owner}`, 'ASC')
    .limit(page.first + 1);
}

/**
 * A page of the people or units whose folded name has, for every word of the folded text, a word
 * starting with it (in any order), by folded name, then id; the cursor holds both. One statement on
 * the word table, one more for the count when it is selected, and the loader's one for the rows.
 */
export async function searchNames<T>(
  db: DataSource,
  kind: keyof typeof INDEXES,
  search: NameSearch,
  page: PageArgs,
  load: (ids: string[]) => Promise<Array<T | null | Error>>,
): Promise<Connection<T>> {
  assertPageSize(page.first);
  const found = await searchPageQuery(db, kind, search, page).getRawMany<{ id: string; foldedName: string }>();
  const pageRows = found.slice(0, page.first);
  const loaded = await load(pageRows.map((row) => row.id));
  // The word rows' foreign key keeps their owner: a missing one would be a row read mid-write.
  const edges = pageRows.flatMap((row, index) => {
    const node = loaded[index];
    return node && !(node instanceof Error) ? [{ cursor: encodeCursor([row.foldedName, row.id]), node }] : [];
  });
  const { owner } = INDEXES[kind];
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: found.length > page.first,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      // MySQL answers COUNT as a string.
      return matching(db, kind, searchedWords(search.text), search.district ?? null)
        .select(`COUNT(DISTINCT found.${owner})`, 'total')
        .getRawOne<{ total: string | number }>()
        .then((row) => Number(row?.total ?? 0));
    },
  };
}
