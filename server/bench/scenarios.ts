import { decodeCursor, encodeCursor } from '../src/graphql/pagination';
import { invitationListSql, type Statement } from '../src/modules/invitations/invitation-list-sql';
import type { Fixtures } from './fixtures';
import { single, succeeded, type Operation, type Post, type Reply } from './load';

/**
 * One scenario of the ladder: the same work as SQL alone, behind bare node:http, through the
 * PostGraphile peer where it can express it, and through GraphQL.
 */
export interface Scenario {
  name: string;
  sql: Statement | null;
  bare: Operation;
  graphql: Operation;
  peer?: Operation;
  /** The ids of the page ours and the peer's answer, so a run can check both serve the same rows. */
  pageIds?: Record<'graphql' | 'peer', (post: Post) => Promise<string[]>>;
}

const LIST_QUERY = `query($s: ID!, $f: Int, $q: String, $a: String) {
  school(id: $s) { invitations(first: $f, search: $q, after: $a) { edges { node { id code status createdBy { name } } } } }
}`;
// The peer (postgraphile-peer-schema.ts) pages through PostGraphile's own connection over its
// view, and searches through its function, which returns one row beyond the page, as ours does
// (`first` keeps the page). The creator's name is a column of the view.
const PEER_PAGE_QUERY = `query($s: UUID!, $f: Int!, $a: Cursor) {
  allInvitations(condition: { schoolId: $s }, orderBy: SEQ_DESC, first: $f, after: $a) { nodes { rowId code status creatorName } }
}`;
const PEER_SEARCH_QUERY = `query($s: UUID!, $f: Int!, $b: BigInt, $q: String!) {
  schoolInvitations(schoolId: $s, pageSize: $f, beforeSeq: $b, search: $q, first: $f) { nodes { rowId code status creatorName } }
}`;
const PEER_CURSOR_QUERY = `query($s: UUID!, $seq: BigInt!) {
  allInvitations(condition: { schoolId: $s, seq: $seq }, orderBy: SEQ_DESC, first: 1) { edges { cursor } }
}`;
const REDEEM = `mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { alreadyMember } }`;
const CREATE = `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id code } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const GROUPS = `query($s: ID!, $f: Int, $q: String) {
  school(id: $s) { groups(first: $f, search: $q) { totalCount edges { node { id name kind capacity memberCount leaders { name } viewerCanManage } } } }
}`;
const BATCH = `mutation($i: CreateInvitationBatchInput!) { createInvitationBatch(input: $i) { id code } }`;

function dataOf(reply: Reply) {
  if (!succeeded(reply))
    throw new Error(`a page failed: ${reply.status} ${reply.body.slice(0, 300)}`);
  return JSON.parse(reply.body).data;
}

/**
 * The cursor PostGraphile hands a client for the big school's row at `seq`, the one a client
 * paging that deep would hold. Both peers order by the same column, so one cursor serves both.
 */
export async function peerCursorAt(post: Post, f: Fixtures, seq: string): Promise<string> {
  const payload = JSON.stringify({
    query: PEER_CURSOR_QUERY,
    variables: { s: f.bigSchoolId, seq },
  });
  return dataOf(await post('/graphql', payload, f.adminToken)).allInvitations.edges[0].cursor;
}

export function scenarios(f: Fixtures, peerCursors: { deep: string }) {
  let joiner = 0;
  const nextJoiner = () => `sis_bench${1 + (joiner++ % f.joiners)}`;
  let pick = 0;
  const randomCode = () => f.activeCodes[(pick = (pick * 7919 + 13) % f.activeCodes.length)]!;

  /** `peerAfter`: the peer's cursor for the row `args.after` points at, for a page without search. */
  const list = (
    name: string,
    args: { first: number; search?: string; after?: string },
    schoolId = f.bigSchoolId,
    token = f.adminToken,
    peerAfter: string | null = null,
  ): Scenario => {
    const afterSeq = decodeCursor('i', args.after);
    const graphql = JSON.stringify({
      query: LIST_QUERY,
      variables: { s: schoolId, f: args.first, q: args.search ?? null, a: args.after ?? null },
    });
    const peer = JSON.stringify(
      args.search?.trim()
        ? {
            query: PEER_SEARCH_QUERY,
            variables: { s: schoolId, f: args.first, b: afterSeq, q: args.search },
          }
        : { query: PEER_PAGE_QUERY, variables: { s: schoolId, f: args.first, a: peerAfter } },
    );
    return {
      name,
      sql: invitationListSql(schoolId, {
        first: args.first,
        search: args.search ?? null,
        after: afterSeq,
      }).page,
      bare: single('/list', () => ({ payload: JSON.stringify({ schoolId, ...args }), token })),
      graphql: single('/graphql', () => ({ payload: graphql, token })),
      peer: single('/graphql', () => ({ payload: peer, token })),
      pageIds: {
        graphql: async (post) =>
          dataOf(await post('/graphql', graphql, token)).school.invitations.edges.map(
            (edge: { node: { id: string } }) => edge.node.id,
          ),
        peer: async (post) => {
          const data = dataOf(await post('/graphql', peer, token));
          return (data.schoolInvitations ?? data.allInvitations).nodes.map(
            (node: { rowId: string }) => node.rowId,
          );
        },
      },
    };
  };

  const redeem = (code: () => string, joiner = nextJoiner): Pick<Scenario, 'bare' | 'graphql'> => ({
    bare: single('/redeem', () => ({ payload: JSON.stringify({ code: code() }), token: joiner() })),
    graphql: single('/graphql', () => ({
      payload: JSON.stringify({ query: REDEEM, variables: { i: { code: code() } } }),
      token: joiner(),
    })),
  });
  let hotJoiner = 0;
  const nextHotJoiner = () => `sis_hot${1 + (hotJoiner++ % f.hotJoiners)}`;

  // Created in the large school, so every create also moves its counter and its indexes.
  const createInput = {
    schoolId: f.bigSchoolId,
    role: 'STUDENT',
    label: 'Bench class',
    maxUses: 30,
  };
  const createAndRevoke: Pick<Scenario, 'bare' | 'graphql'> = {
    bare: async (post) => {
      const created = await post('/create', JSON.stringify(createInput), f.adminToken);
      if (!succeeded(created)) return false;
      const { id } = JSON.parse(created.body).data;
      return succeeded(await post('/revoke', JSON.stringify({ id }), f.adminToken));
    },
    graphql: async (post) => {
      const created = await post(
        '/graphql',
        JSON.stringify({ query: CREATE, variables: { i: createInput } }),
        f.adminToken,
      );
      if (!succeeded(created)) return false;
      const { id } = JSON.parse(created.body).data.createInvitation;
      const revoked = await post(
        '/graphql',
        JSON.stringify({ query: REVOKE, variables: { id } }),
        f.adminToken,
      );
      return (
        succeeded(revoked) && JSON.parse(revoked.body).data.revokeInvitation.status === 'REVOKED'
      );
    },
  };

  const groupList = (name: string, args: { first: number; search?: string }): Scenario => ({
    name,
    sql: null,
    bare: single('/groups', () => ({
      payload: JSON.stringify({ schoolId: f.bigSchoolId, ...args }),
      token: f.adminToken,
    })),
    graphql: single('/graphql', () => ({
      payload: JSON.stringify({
        query: GROUPS,
        variables: { s: f.bigSchoolId, f: args.first, q: args.search ?? null },
      }),
      token: f.adminToken,
    })),
  });
  // A term's start: 30 classes in a row of the 1 000, a different row each time.
  let term = 0;
  const batchInput = () => {
    const from = (term++ * 30) % (f.groups.ids.length - 30);
    return { schoolId: f.bigSchoolId, groupIds: f.groups.ids.slice(from, from + 30), maxUses: 35 };
  };
  const batch: Pick<Scenario, 'bare' | 'graphql'> = {
    bare: single('/batch', () => ({ payload: JSON.stringify(batchInput()), token: f.adminToken })),
    graphql: async (post) => {
      const made = await post(
        '/graphql',
        JSON.stringify({ query: BATCH, variables: { i: batchInput() } }),
        f.adminToken,
      );
      return succeeded(made) && JSON.parse(made.body).data.createInvitationBatch.length === 30;
    },
  };
  let groupPick = 0;
  const groupCode = () =>
    f.groups.codes[(groupPick = (groupPick * 7919 + 13) % f.groups.codes.length)]!;
  let groupJoiner = 0;
  const nextGroupJoiner = () => `sis_grp${1 + (groupJoiner++ % f.groupJoiners)}`;

  const ladder: Scenario[] = [
    list('list first page (20 rows with creators)', { first: 20 }),
    list('search: rare code', { first: 20, search: f.rareCode.slice(2, 8) }),
    list('search: middle of a link', { first: 20, search: f.rareTokenPiece }),
    list('search: common creator name', { first: 20, search: 'creator' }),
    list('search: short term', { first: 20, search: 'ab' }),
    list(
      'search: small school',
      { first: 20, search: 'label 7' },
      f.smallSchoolId,
      f.smallAdminToken,
    ),
    list(
      'deep page (keyset at depth 100 000)',
      { first: 20, after: encodeCursor('i', f.deepSeq) },
      f.bigSchoolId,
      f.adminToken,
      peerCursors.deep,
    ),
    { name: 'redeem: random codes', sql: null, ...redeem(randomCode) },
    { name: 'create + revoke', sql: null, ...createAndRevoke },
    groupList('groups: list a school of 1 000 (25 with counts, leaders)', { first: 25 }),
    groupList('groups: search a school of 1 000', { first: 25, search: 'year 2' }),
    { name: 'groups: batch of 30 classes', sql: null, ...batch },
    { name: 'groups: redeem into a class', sql: null, ...redeem(groupCode, nextGroupJoiner) },
  ];

  const reads = ladder.filter((scenario) => scenario.sql).map((scenario) => scenario.graphql);
  const redeemRandom = redeem(randomCode).graphql;
  let turn = 0;
  let read = 0;
  /** The soak's mix through GraphQL: 70 % list and search, 20 % redeem, 10 % create + revoke. */
  const mixed: Operation = (post) => {
    const slot = turn++ % 10;
    if (slot < 7) return reads[read++ % reads.length]!(post);
    if (slot < 9) return redeemRandom(post);
    return createAndRevoke.graphql(post);
  };

  return {
    ladder,
    listOperation: (first: number) => list('count', { first }).graphql,
    hotCode: redeem(() => f.hot.code, nextHotJoiner).graphql,
    limitedCode: redeem(() => f.limited.code, nextHotJoiner).graphql,
    mixed,
  };
}
