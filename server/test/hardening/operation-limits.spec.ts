import { createApolloServer } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { codes, useTestApp } from '../harness';

describe('operation limits, enforced before anything runs', () => {
  const app = useTestApp();
  let token: string;
  let schoolId: string;

  beforeAll(async () => {
    const school = await app.seed.school();
    token = school.owner.token;
    schoolId = school.id;
  });

  const refused = async (query: string, variables: Record<string, unknown> = {}) => {
    app.statements.reset();
    const result = await app.gql(query, variables, { token });
    return { codes: codes(result), data: result.data, message: result.errors?.[0]?.message ?? '' };
  };

  it('refuses nesting deeper than 10 levels', async () => {
    const deep = `{ mySchools { invitations { edges { node { school { invitations { edges { node { school { invitations { edges { node { id } } } } } } } } } } } } }`;
    const result = await refused(deep);
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
    expect(result.message).toMatch(/at most 10 levels/);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `m${i}: me { id }`).join(' ');
    expect((await refused(`{ ${aliases} }`)).codes).toEqual(['BAD_USER_INPUT']);
    const fifteen = Array.from({ length: 15 }, (_, i) => `m${i}: me { id }`).join(' ');
    expect((await refused(`{ ${fifteen} }`)).codes).toEqual([]);
  });

  it('refuses more than 10 directives', async () => {
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) => `m${i}: me @include(if: true) { id }`).join(' ');
    const result = await refused(`{ ${fields(11)} }`);
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
    expect(result.message).toMatch(/at most 10 directives/);
    expect((await refused(`{ ${fields(10)} }`)).codes).toEqual([]);
  });

  it('refuses a document of more than 2 000 tokens at parse time', async () => {
    const long = `{ me { ${Array.from({ length: 2100 }, () => 'id').join(' ')} } }`;
    const result = await refused(long);
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
    expect(result.message).toMatch(/token/i);
  });

  it('refuses an operation whose estimated cost is too high, without running a statement', async () => {
    const costly = `query($s: ID!) { school(id: $s) { invitations(first: 100) { edges { node { redemptions(first: 100) { edges { node { user { id name } } } } } } } } }`;
    const result = await refused(costly, { s: schoolId });
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
    expect(result.message).toMatch(/too costly/);
    expect(result.data).toBeUndefined();
  });

  it('refuses the NUL character in a variable or a literal before anything is written', async () => {
    const create = `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id } }`;
    const [before] = await app.db.query(`SELECT count(*)::int AS n FROM invitations`);
    const byVariable = await refused(create, { i: { schoolId, label: 'Year 7\u0000' } });
    expect(byVariable.codes).toEqual(['BAD_USER_INPUT']);
    expect(byVariable.message).toMatch(/^\$i\.label: must not contain the NUL character/);
    const byLiteral = await refused(
      `mutation { createInvitation(input: { schoolId: "${schoolId}", label: "a\\u0000b" }) { id } }`,
    );
    expect(byLiteral.codes).toEqual(['BAD_USER_INPUT']);
    expect(byLiteral.message).toMatch(/NUL character/);
    const [after] = await app.db.query(`SELECT count(*)::int AS n FROM invitations`);
    expect(after.n).toBe(before.n);
    // The same operation without it goes through.
    expect((await refused(create, { i: { schoolId, label: 'Year 7' } })).codes).toEqual([]);
  });

  it('prices the same document by its variables each time', async () => {
    const nested = `query($s: ID!, $n: Int) { school(id: $s) { invitations(first: $n) { edges { node { redemptions(first: $n) { edges { node { user { id name } } } } } } } } }`;
    expect((await refused(nested, { s: schoolId, n: 100 })).message).toMatch(/too costly/);
    expect((await refused(nested, { s: schoolId, n: 3 })).codes).toEqual([]);
    expect((await refused(nested, { s: schoolId, n: 100 })).message).toMatch(/too costly/);
  });

  it('cannot be talked out of the cost limit by a page size out of range beside it', async () => {
    const costly = `redemptions(first: 100) { edges { node { user { id name } } } }`;
    const withSibling = (size: string) =>
      `query($s: ID!${size === '$n' ? ', $n: Int' : ''}) { school(id: $s) { invitations(first: 100) { edges { node { ${costly} } } } members(first: ${size}) { totalCount } } }`;
    for (const size of ['-1000000', '0', '-1', '101', '1000000000']) {
      const result = await app.gqlHttp(withSibling(size), { s: schoolId }, { token });
      expect({
        size,
        status: result.status,
        codes: codes(result.result),
        data: result.result.data,
      }).toEqual({
        size,
        status: 400,
        codes: ['BAD_USER_INPUT'],
        data: undefined,
      });
      expect(result.result.errors![0]!.message).toMatch(
        /members\.first: must be from 1 to 100|too costly/,
      );
    }
    // Through a variable too, and alone (a page size out of range is named, whatever the cost).
    for (const n of [-1000000, 0, 101]) {
      const byVariable = await app.gqlHttp(withSibling('$n'), { s: schoolId, n }, { token });
      expect({ n, status: byVariable.status, codes: codes(byVariable.result) }).toEqual({
        n,
        status: 400,
        codes: ['BAD_USER_INPUT'],
      });
      const alone = await refused(
        `query($s: ID!, $n: Int) { school(id: $s) { members(first: $n) { totalCount } } }`,
        { s: schoolId, n },
      );
      expect(alone).toEqual({
        codes: ['BAD_USER_INPUT'],
        data: undefined,
        message: `members.first: must be from 1 to 100 (got ${n})`,
      });
    }
  });

  it('accepts the heaviest page the web app asks for', async () => {
    const page = `query($s: ID!) { school(id: $s) { invitations(first: 100) { totalCount edges { node { id code link role label useCount maxUses expiresAt status createdAt revokedAt viewerCanRevoke createdBy { id name } } } } } }`;
    expect((await refused(page, { s: schoolId })).codes).toEqual([]);
  });

  it('gives no field suggestions when introspection is off', async () => {
    const closed = createApolloServer({ introspection: false }, createLogger('silent'));
    await closed.start();
    const response = await closed.executeOperation({ query: '{ mee { id } }' });
    await closed.stop();
    const body = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(body?.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const open = await app.gql('{ mee { id } }');
    expect(open.errors?.[0]?.message).toMatch(/Did you mean "me"/);
  });
});
