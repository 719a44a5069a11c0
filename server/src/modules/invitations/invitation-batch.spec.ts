import { codes, testConfig, useTestApp, type GqlResult, type TestApp } from '../../../test/harness';
import type { SeedGroup, SeedSchool } from '../../../test/seed';

const BATCH = `mutation($s: ID!, $g: [ID!]!, $n: Int, $m: Int) {
  createInvitationBatch(input: { schoolId: $s, groupIds: $g, perGroup: $n, maxUses: $m }) {
    id maxUses batchId groups { id } } }`;
const CREATE = `mutation($s: ID!, $g: [ID!]) { createInvitation(input: { schoolId: $s, groupIds: $g }) { id } }`;
const LIST = `query($s: ID!, $b: ID, $g: ID, $first: Int) { school(id: $s) {
  invitations(batchId: $b, groupId: $g, first: $first) {
    totalCount pageInfo { hasNextPage } edges { node { id } } } } }`;

interface Made {
  id: string;
  maxUses: number | null;
  batchId: string;
  groups: { id: string }[];
}

/** What making invitations writes for a school: invitations, their groups, their audit events. */
const writesOf = (app: TestApp, schoolId: string) =>
  app.db
    .query(
      `SELECT (SELECT count(*)::int FROM invitations WHERE school_id = $1) AS invitations,
              (SELECT count(*)::int FROM invitation_groups ig JOIN invitations i ON i.id = ig.invitation_id
                WHERE i.school_id = $1) AS joins,
              (SELECT count(*)::int FROM audit_events
                WHERE school_id = $1 AND action = 'invitation.created') AS audited`,
      [schoolId],
    )
    .then((rows: { invitations: number; joins: number; audited: number }[]) => rows[0]!);

const groups = async (app: TestApp, school: SeedSchool, n: number) => {
  const made: SeedGroup[] = [];
  for (let i = 0; i < n; i++) made.push(await app.seed.group(school));
  return made;
};

const made = (result: GqlResult): Made[] => {
  expect(result.errors).toBeUndefined();
  return result.data!.createInvitationBatch;
};

describe('invitation batches', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  const batch = (variables: { g: string[]; n?: number; m?: number }) =>
    app.as(school.owner).query(BATCH, { s: school.id, ...variables });

  it('makes at most 500 invitations at once: more groups × perGroup is refused, writing nothing', async () => {
    const six = await groups(app, school, 6);
    const before = await writesOf(app, school.id);
    const refused = await batch({ g: six.map((g) => g.id), n: 100 });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions!.field).toBe('perGroup');
    expect(await writesOf(app, school.id)).toEqual(before);

    const five = made(await batch({ g: six.slice(0, 5).map((g) => g.id), n: 100 }));
    expect(five).toHaveLength(500);
    expect(new Set(five.map((i) => i.id)).size).toBe(500);
    expect(await writesOf(app, school.id)).toEqual({
      invitations: before.invitations + 500,
      joins: before.joins + 500,
      audited: before.audited + 500,
    });
    for (const group of six.slice(0, 5))
      expect(five.filter((i) => i.groups[0]!.id === group.id)).toHaveLength(100);
  });

  it('makes single-use invitations when perGroup is above 1, and keeps maxUses when it is 1', async () => {
    const [a, b] = await groups(app, school, 2);
    const slips = made(await batch({ g: [a!.id, b!.id], n: 3, m: 30 }));
    expect(slips.map((i) => i.maxUses)).toEqual(Array(6).fill(1));
    const posters = made(await batch({ g: [a!.id, b!.id], n: 1, m: 30 }));
    expect(posters.map((i) => i.maxUses)).toEqual([30, 30]);
    const open = made(await batch({ g: [a!.id] }));
    expect(open.map((i) => i.maxUses)).toEqual([null]);
    // Naming a group twice makes its invitations once.
    expect(made(await batch({ g: [a!.id, a!.id], n: 2 }))).toHaveLength(2);
  });

  it('audits every invitation once, with its batch and its group', async () => {
    const [a, b] = await groups(app, school, 2);
    const invitations = made(await batch({ g: [a!.id, b!.id], n: 2 }));
    const batchId = invitations[0]!.batchId;
    expect(batchId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(invitations.every((i) => i.batchId === batchId)).toBe(true);
    const events: { target_id: string; actor_id: string; batch: string; groups: string[] }[] =
      await app.db.query(
        `SELECT target_id, actor_id, detail->>'batchId' AS batch, detail->'groupIds' AS groups
           FROM audit_events WHERE action = 'invitation.created' AND target_id = ANY($1)
          ORDER BY target_id`,
        [invitations.map((i) => i.id)],
      );
    expect(events).toEqual(
      [...invitations]
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((i) => ({
          target_id: i.id,
          actor_id: school.owner.id,
          batch: batchId,
          groups: [i.groups[0]!.id],
        })),
    );
    const another = made(await batch({ g: [a!.id] }));
    expect(another[0]!.batchId).not.toBe(batchId);
  });

  it("filters a school's invitations by batch and by group, and counts what it filters", async () => {
    const [a, b] = await groups(app, school, 2);
    const first = made(await batch({ g: [a!.id, b!.id], n: 2 }));
    const second = made(await batch({ g: [a!.id], n: 3 }));
    const intoA = await app.seed.invitation(school, { groups: [a!] });
    const intoBoth = await app.seed.invitation(school, { groups: [a!, b!] });
    await app.seed.invitation(school);

    const list = async (filter: { b?: string; g?: string; first?: number }) => {
      const result = await app.as(school.owner).query(LIST, { s: school.id, ...filter });
      expect(result.errors).toBeUndefined();
      const page = result.data!.school.invitations;
      return {
        ids: page.edges.map((edge: { node: { id: string } }) => edge.node.id).sort(),
        total: page.totalCount,
        more: page.pageInfo.hasNextPage,
      };
    };
    const sorted = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
    const inGroup = (xs: Made[], group: SeedGroup) =>
      xs.filter((x) => x.groups[0]!.id === group.id);

    expect(await list({ b: first[0]!.batchId })).toEqual({
      ids: sorted(first),
      total: 4,
      more: false,
    });
    expect(await list({ b: second[0]!.batchId })).toEqual({
      ids: sorted(second),
      total: 3,
      more: false,
    });
    expect(await list({ g: a!.id })).toEqual({
      ids: sorted([...inGroup(first, a!), ...second, intoA, intoBoth]),
      total: 7,
      more: false,
    });
    expect(await list({ g: b!.id })).toEqual({
      ids: sorted([...inGroup(first, b!), intoBoth]),
      total: 3,
      more: false,
    });
    expect(await list({ b: first[0]!.batchId, g: b!.id })).toEqual({
      ids: sorted(inGroup(first, b!)),
      total: 2,
      more: false,
    });
    const page = await list({ g: a!.id, first: 2 });
    expect(page.ids).toHaveLength(2);
    expect(page).toMatchObject({ total: 7, more: true });
    for (const nothing of ['not-a-batch', '5b1e4a5e-0000-4000-8000-000000000000'])
      expect(await list({ b: nothing })).toEqual({ ids: [], total: 0, more: false });
  });
});

describe('invitation batches against the hourly limit', () => {
  const app = useTestApp({
    rateLimits: { ...testConfig().rateLimits, invitationsPerSchoolPerHour: 10 },
  });

  const batch = (school: SeedSchool, groupIds: string[], perGroup: number) =>
    app.as(school.owner).query(BATCH, { s: school.id, g: groupIds, n: perGroup });

  it('counts every invitation of a batch, and refuses a batch past the limit whole', async () => {
    const school = await app.seed.school();
    const [a, b] = await groups(app, school, 2);
    const empty = await writesOf(app, school.id);

    expect(codes(await batch(school, [a!.id], 11))).toEqual(['RATE_LIMITED']);
    expect(await writesOf(app, school.id)).toEqual(empty);
    expect(made(await batch(school, [a!.id, b!.id], 3))).toHaveLength(6);
    // 6 + 5 would be 11: refused, and the refusal counts nothing.
    expect(codes(await batch(school, [a!.id], 5))).toEqual(['RATE_LIMITED']);
    expect(made(await batch(school, [a!.id, b!.id], 2))).toHaveLength(4);
    expect(codes(await app.as(school.owner).query(CREATE, { s: school.id }))).toEqual([
      'RATE_LIMITED',
    ]);
    expect(await writesOf(app, school.id)).toEqual({ invitations: 10, joins: 10, audited: 10 });

    // The limit is the school's own.
    const elsewhere = await app.seed.school();
    expect(codes(await app.as(elsewhere.owner).query(CREATE, { s: elsewhere.id }))).toEqual([]);
  });

  it('costs the school nothing of its limit for a batch refused for naming an archived group', async () => {
    const school = await app.seed.school();
    const [live, archived] = await groups(app, school, 2);
    await app
      .as(school.owner)
      .query(`mutation($id: ID!) { archiveGroup(id: $id) { id } }`, { id: archived!.id });

    expect(codes(await batch(school, [live!.id, archived!.id], 5))).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await app.as(school.owner).query(CREATE, { s: school.id, g: [archived!.id] })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await writesOf(app, school.id)).toEqual({ invitations: 0, joins: 0, audited: 0 });
    expect(made(await batch(school, [live!.id], 10))).toHaveLength(10);
  });
});
