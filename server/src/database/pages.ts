/**
 * Every list here is newest first and read by keyset: the rows before a position (an insertion
 * sequence number), never an offset, so a page deep in a large school costs what the first does.
 */
export interface PageQuery {
  first: number;
  /** The `seq` of the last row already seen; null for the first page. */
  after: string | null;
}

export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
}

/** Lists read `first + 1` rows: the extra one only tells whether another page exists. */
export function pageOf<Row>(rows: Row[], first: number): Page<Row> {
  const hasNextPage = rows.length > first;
  return { rows: hasNextPage ? rows.slice(0, first) : rows, hasNextPage };
}

export interface CountedPage<Row> extends Page<Row> {
  totalCount: number;
}

/** A page and the total of the list it belongs to, read at the same time. */
export async function countedPage<Row>(
  first: number,
  rows: Promise<Row[]>,
  totalCount: Promise<number>,
): Promise<CountedPage<Row>> {
  const [read, total] = await Promise.all([rows, totalCount]);
  return { ...pageOf(read, first), totalCount: total };
}
