import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LIMITS } from '@school-invites/shared';
import type { CountedPage, Page, PageQuery } from '../database/pages';
import { badInput } from '../errors/app-error';
import { CarrierType } from '../auth/declarations';

@CarrierType()
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: LIMITS.pageSizeDefault })
  @IsOptional()
  @Min(1, { message: 'must be at least 1' })
  @Max(LIMITS.pageSizeMax, { message: `can be at most ${LIMITS.pageSizeMax}` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'is not a cursor this API issued' })
  after?: string | null;
}

/** The page size asked for; an explicit null means the default. */
export function pageSize(args: { first?: number | null }): number {
  return args.first ?? LIMITS.pageSizeDefault;
}

/**
 * Cursors are opaque to clients: base64url of a kind and a position (an insertion sequence
 * number), so a cursor from one list cannot be replayed against another.
 */
export function encodeCursor(kind: string, seq: string): string {
  return Buffer.from(`${kind}:${seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^([a-z]+):(\d{1,18})$/.exec(decoded);
  if (!match || match[1] !== kind) throw badInput('after', 'is not a cursor this list issued');
  return match[2]!;
}

/** The page `first`/`after` ask for, in a list whose cursors are of `kind`. */
export function pageQuery(
  kind: string,
  args: { first?: number | null; after?: string | null },
): PageQuery {
  return { first: pageSize(args), after: decodeCursor(kind, args.after) };
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
}

/** A page of rows as a connection of `map`ped nodes, each with its cursor. */
export function toConnection<Row extends { seq: string }, Node>(
  kind: string,
  page: Page<Row>,
  map: (row: Row) => Node,
): Connection<Node> {
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(kind, row.seq), node: map(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export function toCountedConnection<Row extends { seq: string }, Node>(
  kind: string,
  page: CountedPage<Row>,
  map: (row: Row) => Node,
): Connection<Node> & { totalCount: number } {
  return { ...toConnection(kind, page, map), totalCount: page.totalCount };
}

/** `<Name>Edge` and `<Name>Connection` types for a node type, the shape every list here has. */
export function connectionTypes<Node extends object>(node: ClassType<Node>, name: string) {
  @CarrierType()
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: Node;
  }

  @CarrierType()
  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return { Edge, Connection };
}
