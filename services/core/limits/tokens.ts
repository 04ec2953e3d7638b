import { Lexer, Source, TokenKind } from 'graphql';

/**
 * The tokens of a query as graphql's parser counts them (comments aside). A query that does not lex
 * is counted up to its error: Apollo's parser then reports the syntax error itself.
 */
export function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A syntax error ends the count.
  }
  return count;
}
