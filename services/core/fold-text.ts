import type { DataSource } from 'typeorm';
import { graphError } from './errors';

/**
 * Names and numbers as a search compares them: lowercase, without diacritics (đ is a letter of its
 * own, not a d with a mark, so it is mapped), anything but letters and digits a space, spaces
 * collapsed. "Đỗ Trọng Nam" and "do trong nam" fold alike, "1326/QĐ-UBND" to "1326 qd ubnd".
 * Stored folded values and search texts must both come from here, or they stop matching.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of a folded text, in order. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded ? [...new Set(folded.split(' '))] : [];
}

export const SEARCH_TEXT_MIN = 2;
export const SEARCH_TEXT_MAX = 100;

/** A search argument folded, refused (BAD_USER_INPUT) unless it folds to `min` to SEARCH_TEXT_MAX characters. */
export function foldedSearchText(text: string, argument: string, min = SEARCH_TEXT_MIN): string {
  const folded = foldText(text);
  if (folded.length < min || folded.length > SEARCH_TEXT_MAX) {
    throw graphError('BAD_USER_INPUT', `${argument} must hold ${min} to ${SEARCH_TEXT_MAX} letters, digits and spaces once accents and punctuation are set aside, got ${folded.length}`, {
      argument,
    });
  }
  return folded;
}

/**
 * A condition that `column` starts with `prefix` (a folded text: letters, digits and spaces, so no
 * wildcard), written so that an index on the column serves it as a range: LIKE on MySQL; GLOB on
 * SQLite, whose LIKE ignores case and so skips an index of the default (binary) collation.
 */
export function startsWith(db: DataSource, column: string, parameter: string, prefix: string): [string, Record<string, string>] {
  return db.options.type === 'better-sqlite3' ? [`${column} GLOB :${parameter}`, { [parameter]: `${prefix}*` }] : [`${column} LIKE :${parameter}`, { [parameter]: `${prefix}%` }];
}
