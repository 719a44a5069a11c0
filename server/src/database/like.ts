/** Escapes LIKE's wildcards so `%`, `_` and `\` in a search are matched as themselves. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}
