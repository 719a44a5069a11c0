import { ROLE_PERMISSIONS } from '@school-invites/shared';
import { codes, useTestApp } from '../harness';
import type { SeedGroup, SeedSchool, SeedUser } from '../seed';
import { OPERATIONS } from '../operations';
import {
  allows,
  outcomeFor,
  seedWorld,
  VIEWERS,
  writtenState,
  type GroupKey,
  type Rule,
  type ViewerKind,
  type World,
} from './viewers';

type Vars = Record<string, any>;

interface Cell {
  name: string;
  /** Who may, along the way from the root operation to the field checked. */
  rules: Rule[];
  /** The groups of school A the object belongs to (for `orLeading`). */
  groups?: GroupKey[];
  /**
   * Where the rules let the viewer through, the refusal the service gives instead (a rule no
   * guard records, like "the owner cannot leave").
   */
  otherwise?(viewer: ViewerKind): string | undefined;
  /**
   * The operation changes the viewer's own standing (leaving, handing the school over): each
   * viewer runs it in a world of their own, so the cells after it still find the table's.
   */
  ownWorld?: true;
  document: string;
  /**
   * A write makes the fresh object it acts on here, before the nothing-written snapshot. `at` is
   * the world the cell runs in: the shared one, or the viewer's own.
   */
  variables(at: World): Vars | Promise<Vars>;
  /** What of the answer shows; absent (falsy) when the viewer was refused. */
  seen(data: any, vars: Vars): unknown;
  /** What an allowed viewer must see; without it, anything truthy. */
  sees?(viewer: ViewerKind, vars: Vars): unknown;
  /** A refused write must leave the database as it was; an allowed one must change it. */
  writes?: true;
}

const GROUP_VIEW: Rule = { permissions: ['GROUPS_MANAGE', 'MEMBERS_VIEW'], orLeading: true };
const GROUP_MANAGE: Rule = { permissions: ['GROUPS_MANAGE'] };
const GROUP_MANAGE_OR_LEADING: Rule = { permissions: ['GROUPS_MANAGE'], orLeading: true };
const VIEW: Rule = { permissions: ['INVITATIONS_VIEW'], orLeading: true };
const CREATE: Rule = { permissions: ['INVITATIONS_CREATE'], orLeading: true };
const REVOKE: Rule = { permissions: ['INVITATIONS_REVOKE'], orLeading: true };
const MEMBERS_MANAGE: Rule = { permissions: ['MEMBERS_MANAGE'] };
/** Pausing and resuming every invitation of the school: no leader's right reaches that far. */
const PAUSE: Rule = { permissions: ['INVITATIONS_REVOKE'] };
const OWNER_ONLY: Rule = { roles: ['OWNER'] };

const ids = (connection: any): string[] | undefined =>
  connection?.edges?.map((edge: any) => edge.node.id);

describe('permission matrix: every guarded field and operation for every kind of viewer', () => {
  const app = useTestApp();
  let world: World;
  let school: SeedSchool;
  let G: SeedGroup;
  let G2: SeedGroup;
  let colleague: SeedUser;
  /** Invitations of school A: into no group, into G, into G and G2. */
  let noGroups: string;
  let intoG: string;
  let intoGAndG2: string;
  /** A student of G, who joined through `intoG`. */
  let pupilMembership: string;
  /** An archived group that LEADER led. */
  let archived: SeedGroup;
  /** A former student of school A, removed and blocked by its owner. */
  let blocked: SeedUser;

  beforeAll(async () => {
    world = await seedWorld(app.seed);
    school = world.schools.A;
    ({ G, G2 } = world.groups);
    colleague = await app.seed.member(school, 'STUDENT');
    noGroups = (await app.seed.invitation(school, { label: 'matrix' })).id;
    const invitation = await app.seed.invitation(school, { groups: [G] });
    intoG = invitation.id;
    intoGAndG2 = (await app.seed.invitation(school, { groups: [G, G2] })).id;
    const [pupil] = await app.seed.users(1);
    await app.as(pupil!).query(OPERATIONS.redeemByToken, { t: invitation.token });
    pupilMembership = await app.seed.membershipId(school, pupil!);
    archived = await app.seed.group(school, { leaders: world.leadersOf('G') });
    await app.as(school.owner).query(`mutation($id: ID!) { archiveGroup(id: $id) { id } }`, {
      id: archived.id,
    });
    blocked = await removedAndBlocked('matrix');
  });

  /** A new member of school A with `role`, and their membership id. */
  const newMember = async (role: 'STUDENT' | 'TEACHER') => {
    const user = await app.seed.member(school, role);
    return { user, membershipId: await app.seed.membershipId(school, user) };
  };

  /** A new student of school A whom its owner removed with a block, for `reason`. */
  const removedAndBlocked = async (reason: string) => {
    const { user, membershipId } = await newMember('STUDENT');
    const removed = await app
      .as(school.owner)
      .query(
        `mutation($s: ID!, $m: [ID!]!, $r: String) { removeMembers(schoolId: $s, membershipIds: $m, block: true, reason: $r) { blocked } }`,
        { s: school.id, m: [membershipId], r: reason },
      );
    expect(removed.data?.removeMembers).toEqual({ blocked: 1 });
    return user;
  };

  /** Pauses or resumes every invitation of school A, as its owner (a cell's starting point). */
  const setPaused = async (paused: boolean) => {
    const operation = paused ? 'pauseInvitations' : 'resumeInvitations';
    const result = await app
      .as(school.owner)
      .query(`mutation($s: ID!) { ${operation}(schoolId: $s) { id } }`, { s: school.id });
    expect(result.errors).toBeUndefined();
  };

  const cells: Cell[] = [
    {
      name: 'School.members',
      rules: [{ permissions: ['MEMBERS_VIEW'] }],
      document: `query($id: ID!) { school(id: $id) { id members { totalCount } } }`,
      variables: () => ({ id: school.id }),
      seen: (data) => data?.school?.members?.totalCount,
    },
    {
      name: 'User.email of another member',
      rules: [{ permissions: ['MEMBERS_VIEW'] }],
      document: `query($id: ID!) { school(id: $id) { members(first: 100) { edges { node { user { id email } } } } } }`,
      variables: () => ({ id: school.id }),
      seen: (data) =>
        data?.school?.members?.edges?.some((edge: any) => edge.node.user.email === colleague.email),
    },
    {
      name: 'School.invitations (a leader sees only those whose every group they lead)',
      rules: [VIEW],
      groups: ['G'],
      document: `query($id: ID!) { school(id: $id) { id invitations(first: 100) { totalCount edges { node { id code link } } } } }`,
      variables: () => ({ id: school.id }),
      seen: (data) => {
        const listed = ids(data?.school?.invitations);
        return (
          listed && {
            intoG: listed.includes(intoG),
            intoGAndG2: listed.includes(intoGAndG2),
            noGroups: listed.includes(noGroups),
          }
        );
      },
      sees: (viewer) => {
        const all = allows(viewer, { permissions: VIEW.permissions });
        return { intoG: true, intoGAndG2: all, noGroups: all };
      },
    },
    {
      name: 'School.auditEvents (as SCHOOL_MANAGE or INVITATIONS_VIEW)',
      rules: [{ permissions: ['SCHOOL_MANAGE', 'INVITATIONS_VIEW'] }],
      document: `query($id: ID!) { school(id: $id) { auditEvents { totalCount } } }`,
      variables: () => ({ id: school.id }),
      seen: (data) => data?.school?.auditEvents?.totalCount,
    },
    {
      name: 'School.groups (a leader sees only the groups they lead)',
      rules: [GROUP_VIEW],
      groups: ['G'],
      document: `query($id: ID!) { school(id: $id) { groups(first: 100) { edges { node { id } } } } }`,
      variables: () => ({ id: school.id }),
      seen: (data) => {
        const listed = ids(data?.school?.groups);
        return listed && { G: listed.includes(G.id), G2: listed.includes(G2.id) };
      },
      sees: (viewer) => ({ G: true, G2: allows(viewer, { permissions: GROUP_VIEW.permissions }) }),
    },
    {
      name: 'Query.group of G',
      rules: [GROUP_VIEW],
      groups: ['G'],
      document: `query($id: ID!) { group(id: $id) { id name } }`,
      variables: () => ({ id: G.id }),
      seen: (data) => data?.group?.id,
      sees: () => G.id,
    },
    {
      name: 'Query.group of G2, which LEADER does not lead',
      rules: [GROUP_VIEW],
      groups: ['G2'],
      document: `query($id: ID!) { group(id: $id) { id name } }`,
      variables: () => ({ id: G2.id }),
      seen: (data) => data?.group?.id,
      sees: () => G2.id,
    },
    {
      name: 'Group.members of G',
      rules: [GROUP_VIEW, { permissions: ['MEMBERS_VIEW'], orLeading: true }],
      groups: ['G'],
      document: `query($id: ID!) { group(id: $id) { members(first: 100) { totalCount edges { node { id role } } } } }`,
      variables: () => ({ id: G.id }),
      seen: (data) => ids(data?.group?.members)?.includes(pupilMembership),
    },
    {
      name: 'Group.invitations of G (a leader sees only those whose every group they lead)',
      rules: [GROUP_VIEW, VIEW],
      groups: ['G'],
      document: `query($id: ID!) { group(id: $id) { invitations(first: 100) { edges { node { id code } } } } }`,
      variables: () => ({ id: G.id }),
      seen: (data) => {
        const listed = ids(data?.group?.invitations);
        return (
          listed && {
            intoG: listed.includes(intoG),
            intoGAndG2: listed.includes(intoGAndG2),
            noGroups: listed.includes(noGroups),
          }
        );
      },
      sees: (viewer) => ({
        intoG: true,
        intoGAndG2: allows(viewer, { permissions: VIEW.permissions }),
        noGroups: false,
      }),
    },
    {
      name: 'Group.viewerCanManage of G',
      rules: [GROUP_VIEW],
      groups: ['G'],
      document: `query($id: ID!) { group(id: $id) { id viewerCanManage } }`,
      variables: () => ({ id: G.id }),
      seen: (data) => data?.group && data.group.viewerCanManage,
      sees: (viewer) => allows(viewer, GROUP_MANAGE_OR_LEADING, ['G']),
    },
    {
      // Leading an archived group gives nothing: it counts as leading none.
      name: 'Group.viewerCanManage of an archived group LEADER led',
      rules: [GROUP_VIEW],
      groups: [],
      document: `query($id: ID!) { group(id: $id) { id archivedAt viewerCanManage } }`,
      variables: () => ({ id: archived.id }),
      seen: (data) => data?.group && data.group.viewerCanManage,
      sees: () => false,
    },
    {
      name: 'Query.invitation, code and link of an invitation into no group',
      rules: [VIEW],
      groups: [],
      document: `query($id: ID!) { invitation(id: $id) { id code link redemptions { totalCount } } }`,
      variables: () => ({ id: noGroups }),
      seen: (data) => data?.invitation?.link,
    },
    {
      name: 'Query.invitation, code, link, redemptions and auditEvents of an invitation into G',
      rules: [VIEW],
      groups: ['G'],
      document: `query($id: ID!) { invitation(id: $id) {
        id code link redemptions { totalCount } auditEvents { totalCount } groups { id } } }`,
      variables: () => ({ id: intoG }),
      seen: (data) => {
        const invitation = data?.invitation;
        return (
          invitation && {
            code: Boolean(invitation.code),
            link: Boolean(invitation.link),
            redemptions: invitation.redemptions?.totalCount,
            audited: invitation.auditEvents?.totalCount > 0,
            groups: invitation.groups,
          }
        );
      },
      sees: () => ({
        code: true,
        link: true,
        redemptions: 1,
        audited: true,
        groups: [{ id: G.id }],
      }),
    },
    {
      name: 'Query.invitation of an invitation into G and G2 (LEADER leads only G)',
      rules: [VIEW],
      groups: ['G', 'G2'],
      document: `query($id: ID!) { invitation(id: $id) { id code link } }`,
      variables: () => ({ id: intoGAndG2 }),
      seen: (data) => data?.invitation?.link,
    },
    {
      name: 'Invitation.viewerCanRevoke of an invitation into G',
      rules: [VIEW],
      groups: ['G'],
      document: `query($id: ID!) { invitation(id: $id) { id viewerCanRevoke } }`,
      variables: () => ({ id: intoG }),
      seen: (data) => data?.invitation && data.invitation.viewerCanRevoke,
      sees: (viewer) => allows(viewer, REVOKE, ['G']),
    },
    {
      name: 'Mutation.createInvitation into no group',
      rules: [CREATE],
      groups: [],
      document: OPERATIONS.createInvitation,
      variables: () => ({ s: school.id }),
      seen: (data) => data?.createInvitation?.code,
      writes: true,
    },
    {
      name: 'Mutation.createInvitation into G',
      rules: [CREATE],
      groups: ['G'],
      document: `mutation($s: ID!, $g: [ID!]) {
        createInvitation(input: { schoolId: $s, groupIds: $g }) { code role groups { id } viewerCanRevoke } }`,
      variables: () => ({ s: school.id, g: [G.id] }),
      seen: (data) => {
        const made = data?.createInvitation;
        return made && { ...made, code: Boolean(made.code) };
      },
      sees: () => ({ code: true, role: 'STUDENT', groups: [{ id: G.id }], viewerCanRevoke: true }),
      writes: true,
    },
    {
      name: 'Mutation.createInvitation into G as TEACHER (a leader invites students only)',
      rules: [{ permissions: ['INVITATIONS_CREATE'] }],
      groups: ['G'],
      document: `mutation($s: ID!, $g: [ID!]) {
        createInvitation(input: { schoolId: $s, groupIds: $g, role: TEACHER }) { role } }`,
      variables: () => ({ s: school.id, g: [G.id] }),
      seen: (data) => data?.createInvitation?.role,
      sees: () => 'TEACHER',
      writes: true,
    },
    {
      name: 'Mutation.createInvitation into G and G2',
      rules: [CREATE],
      groups: ['G', 'G2'],
      document: `mutation($s: ID!, $g: [ID!]) {
        createInvitation(input: { schoolId: $s, groupIds: $g }) { groups { id } } }`,
      variables: () => ({ s: school.id, g: [G.id, G2.id] }),
      seen: (data) => data?.createInvitation?.groups?.length,
      sees: () => 2,
      writes: true,
    },
    {
      name: 'Mutation.createInvitationBatch into G',
      rules: [CREATE],
      groups: ['G'],
      document: `mutation($s: ID!, $g: [ID!]!) {
        createInvitationBatch(input: { schoolId: $s, groupIds: $g }) { role groups { id } } }`,
      variables: () => ({ s: school.id, g: [G.id] }),
      seen: (data) => data?.createInvitationBatch,
      sees: () => [{ role: 'STUDENT', groups: [{ id: G.id }] }],
      writes: true,
    },
    {
      name: 'Mutation.revokeInvitation of an invitation into no group',
      rules: [REVOKE],
      groups: [],
      document: `mutation($id: ID!) { revokeInvitation(id: $id) { id status } }`,
      variables: async () => ({ id: (await app.seed.invitation(school)).id }),
      seen: (data) => data?.revokeInvitation?.status,
      sees: () => 'REVOKED',
      writes: true,
    },
    {
      name: 'Mutation.revokeInvitation of an invitation into G',
      rules: [REVOKE],
      groups: ['G'],
      document: `mutation($id: ID!) { revokeInvitation(id: $id) { id status viewerCanRevoke } }`,
      variables: async () => ({ id: (await app.seed.invitation(school, { groups: [G] })).id }),
      seen: (data) => data?.revokeInvitation,
      sees: (_, vars) => ({ id: vars.id, status: 'REVOKED', viewerCanRevoke: false }),
      writes: true,
    },
    {
      name: 'Mutation.revokeInvitation of an invitation into G and G2',
      rules: [REVOKE],
      groups: ['G', 'G2'],
      document: `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
      variables: async () => ({
        id: (await app.seed.invitation(school, { groups: [G, G2] })).id,
      }),
      seen: (data) => data?.revokeInvitation?.status,
      sees: () => 'REVOKED',
      writes: true,
    },
    {
      name: 'Mutation.revokeInvitations of an invitation into G',
      rules: [REVOKE],
      groups: ['G'],
      document: `mutation($s: ID!, $ids: [ID!]!) { revokeInvitations(schoolId: $s, ids: $ids) { status } }`,
      variables: async () => ({
        s: school.id,
        ids: [(await app.seed.invitation(school, { groups: [G] })).id],
      }),
      seen: (data) => data?.revokeInvitations,
      sees: () => [{ status: 'REVOKED' }],
      writes: true,
    },
    {
      name: 'Mutation.replaceInvitation of an invitation into G',
      rules: [REVOKE, CREATE],
      groups: ['G'],
      document: `mutation($id: ID!) { replaceInvitation(id: $id) { groups { id } replaces { id status } } }`,
      variables: async () => ({ id: (await app.seed.invitation(school, { groups: [G] })).id }),
      seen: (data) => data?.replaceInvitation,
      sees: (_, vars) => ({ groups: [{ id: G.id }], replaces: { id: vars.id, status: 'REVOKED' } }),
      writes: true,
    },
    {
      name: 'Mutation.createGroup',
      rules: [GROUP_MANAGE],
      document: `mutation($s: ID!, $name: String!) { createGroup(input: { schoolId: $s, name: $name }) { name } }`,
      variables: () => ({ s: school.id, name: `Matrix ${Math.random().toString(36).slice(2)}` }),
      seen: (data) => data?.createGroup?.name,
      sees: (_, vars) => vars.name,
      writes: true,
    },
    {
      name: 'Mutation.archiveGroup of a group LEADER leads',
      rules: [GROUP_MANAGE],
      groups: ['G'],
      document: `mutation($id: ID!) { archiveGroup(id: $id) { id archivedAt } }`,
      variables: async () => ({
        id: (await app.seed.group(school, { leaders: world.leadersOf('G') })).id,
      }),
      seen: (data) => data?.archiveGroup?.archivedAt,
      writes: true,
    },
    {
      name: 'Mutation.setGroupLeaders of a group LEADER leads',
      rules: [GROUP_MANAGE],
      groups: ['G'],
      document: `mutation($g: ID!, $m: [ID!]!) { setGroupLeaders(groupId: $g, membershipIds: $m) { leaders { id } } }`,
      variables: async () => {
        const { user, membershipId } = await newMember('TEACHER');
        const group = await app.seed.group(school, { leaders: world.leadersOf('G') });
        return { g: group.id, m: [membershipId], leader: user.id };
      },
      seen: (data) => data?.setGroupLeaders?.leaders,
      sees: (_, vars) => [{ id: vars.leader }],
      writes: true,
    },
    {
      name: 'Mutation.addGroupMembers of a STUDENT to G',
      rules: [GROUP_MANAGE_OR_LEADING],
      groups: ['G'],
      document: `mutation($g: ID!, $m: [ID!]!) { addGroupMembers(groupId: $g, membershipIds: $m) {
        id members(first: 100) { edges { node { id } } } } }`,
      variables: async () => ({ g: G.id, m: [(await newMember('STUDENT')).membershipId] }),
      seen: (data, vars) => ids(data?.addGroupMembers?.members)?.includes(vars.m[0]),
      writes: true,
    },
    {
      name: 'Mutation.addGroupMembers of a TEACHER to G (a leader manages students only)',
      rules: [GROUP_MANAGE],
      groups: ['G'],
      document: `mutation($g: ID!, $m: [ID!]!) { addGroupMembers(groupId: $g, membershipIds: $m) { memberCount } }`,
      variables: async () => ({ g: G.id, m: [(await newMember('TEACHER')).membershipId] }),
      seen: (data) => data?.addGroupMembers?.memberCount,
      writes: true,
    },
    {
      name: 'Mutation.removeGroupMembers of a STUDENT of G',
      rules: [GROUP_MANAGE_OR_LEADING],
      groups: ['G'],
      document: `mutation($g: ID!, $m: [ID!]!) { removeGroupMembers(groupId: $g, membershipIds: $m) {
        id members(first: 100) { edges { node { id } } } } }`,
      variables: async () => {
        const { user, membershipId } = await newMember('STUDENT');
        await app.seed.groupMembers(school, G, [user]);
        return { g: G.id, m: [membershipId] };
      },
      seen: (data, vars) => {
        const listed = ids(data?.removeGroupMembers?.members);
        return listed && !listed.includes(vars.m[0]);
      },
      writes: true,
    },
    {
      name: 'Mutation.removeGroupMembers of a TEACHER of G (a leader manages students only)',
      rules: [GROUP_MANAGE],
      groups: ['G'],
      document: `mutation($g: ID!, $m: [ID!]!) { removeGroupMembers(groupId: $g, membershipIds: $m) { id } }`,
      variables: async () => {
        const { user, membershipId } = await newMember('TEACHER');
        await app.seed.groupMembers(school, G, [user]);
        return { g: G.id, m: [membershipId] };
      },
      seen: (data) => data?.removeGroupMembers?.id,
      sees: () => G.id,
      writes: true,
    },
    {
      name: 'Redemption.membership of the pupil who joined through an invitation into G',
      rules: [VIEW],
      groups: ['G'],
      document: `query($id: ID!) { invitation(id: $id) {
        redemptions { edges { node { membership { id role } } } } } }`,
      variables: () => ({ id: intoG }),
      seen: (data) =>
        data?.invitation?.redemptions?.edges?.map((edge: any) => edge.node.membership),
      sees: () => [{ id: pupilMembership, role: 'STUDENT' }],
    },
    {
      name: 'School.invitationsPausedAt, for every member',
      rules: [],
      document: `query($id: ID!) { school(id: $id) { id invitationsPausedAt } }`,
      variables: async () => {
        await setPaused(true);
        return { id: school.id };
      },
      seen: (data) => data?.school?.invitationsPausedAt,
    },
    {
      name: 'School.blockedUsers, with whom and by whom',
      rules: [MEMBERS_MANAGE],
      document: `query($id: ID!) { school(id: $id) { id blockedUsers(first: 100) {
        edges { node { reason blockedAt user { id } blockedBy { id } } } } } }`,
      variables: () => ({ id: school.id }),
      seen: (data) => {
        const edges = data?.school?.blockedUsers?.edges;
        const node = edges?.find((edge: any) => edge.node.user.id === blocked.id)?.node;
        return node && { ...node, blockedAt: Boolean(node.blockedAt) };
      },
      sees: () => ({
        reason: 'matrix',
        blockedAt: true,
        user: { id: blocked.id },
        blockedBy: { id: school.owner.id },
      }),
    },
    {
      name: 'School.invitationPolicy (SCHOOL_MANAGE, INVITATIONS_CREATE, or leading a group)',
      rules: [{ permissions: ['SCHOOL_MANAGE', 'INVITATIONS_CREATE'], orLeading: true }],
      groups: ['G'],
      document: `query($id: ID!) { school(id: $id) { id invitationPolicy { allowedEmailDomains staffInvitationsMustBeLimited } } }`,
      variables: () => ({ id: school.id }),
      seen: (data) => data?.school?.invitationPolicy,
    },
    {
      name: 'Mutation.updateInvitationPolicy (SCHOOL_MANAGE)',
      rules: [{ permissions: ['SCHOOL_MANAGE'] }],
      document: `mutation($s: ID!, $d: [String!]!) {
        updateInvitationPolicy(schoolId: $s, input: { allowedEmailDomains: $d, staffInvitationsMustBeLimited: false }) {
          id invitationPolicy { allowedEmailDomains } } }`,
      // A different domain each time, so an allowed write always changes the policy.
      variables: () => ({
        s: school.id,
        d: [`d${Date.now()}${Math.random().toString(36).slice(2, 6)}.example.org`],
      }),
      seen: (data) => data?.updateInvitationPolicy?.invitationPolicy,
      writes: true,
    },
    {
      name: 'Invitation.allowedEmailDomains of an invitation into G',
      rules: [VIEW],
      groups: ['G'],
      document: `query($id: ID!) { invitation(id: $id) { id allowedEmailDomains } }`,
      variables: () => ({ id: intoG }),
      seen: (data) => data?.invitation && { domains: data.invitation.allowedEmailDomains },
    },
    {
      name: 'Mutation.pauseInvitations',
      rules: [PAUSE],
      document: `mutation($s: ID!) { pauseInvitations(schoolId: $s) { id invitationsPausedAt } }`,
      variables: async () => {
        await setPaused(false);
        return { s: school.id };
      },
      seen: (data) => data?.pauseInvitations?.invitationsPausedAt,
      writes: true,
    },
    {
      name: 'Mutation.resumeInvitations',
      rules: [PAUSE],
      document: `mutation($s: ID!) { resumeInvitations(schoolId: $s) { id invitationsPausedAt } }`,
      variables: async () => {
        await setPaused(true);
        return { s: school.id };
      },
      seen: (data) =>
        data?.resumeInvitations && { pausedAt: data.resumeInvitations.invitationsPausedAt },
      sees: () => ({ pausedAt: null }),
      writes: true,
    },
    {
      name: 'Mutation.changeMemberRole of a STUDENT to TEACHER',
      rules: [MEMBERS_MANAGE],
      document: `mutation($m: ID!) { changeMemberRole(membershipId: $m, role: TEACHER) { id role } }`,
      variables: async () => ({ m: (await newMember('STUDENT')).membershipId }),
      seen: (data) => data?.changeMemberRole,
      sees: (_, vars) => ({ id: vars.m, role: 'TEACHER' }),
      writes: true,
    },
    {
      name: 'Mutation.removeMembers of a STUDENT',
      rules: [MEMBERS_MANAGE],
      document: `mutation($s: ID!, $m: [ID!]!) { removeMembers(schoolId: $s, membershipIds: $m) { removed blocked } }`,
      variables: async () => ({ s: school.id, m: [(await newMember('STUDENT')).membershipId] }),
      seen: (data) => data?.removeMembers,
      sees: () => ({ removed: 1, blocked: 0 }),
      writes: true,
    },
    {
      name: 'Mutation.removeMembers of a STUDENT, with a block',
      rules: [MEMBERS_MANAGE],
      document: `mutation($s: ID!, $m: [ID!]!) {
        removeMembers(schoolId: $s, membershipIds: $m, block: true, reason: "matrix") { removed blocked } }`,
      variables: async () => ({ s: school.id, m: [(await newMember('STUDENT')).membershipId] }),
      seen: (data) => data?.removeMembers,
      sees: () => ({ removed: 1, blocked: 1 }),
      writes: true,
    },
    {
      name: 'Mutation.unblockUser of a blocked former member',
      rules: [MEMBERS_MANAGE],
      document: `mutation($s: ID!, $u: ID!) { unblockUser(schoolId: $s, userId: $u) }`,
      variables: async () => ({ s: school.id, u: (await removedAndBlocked('unblock me')).id }),
      seen: (data) => data?.unblockUser,
      sees: () => true,
      writes: true,
    },
    {
      name: 'Mutation.leaveSchool (any member but the owner)',
      rules: [],
      otherwise: (viewer) => (viewer.member?.role === 'OWNER' ? 'CONFLICT' : undefined),
      ownWorld: true,
      document: `mutation($s: ID!) { leaveSchool(schoolId: $s) }`,
      variables: (at) => ({ s: at.schools.A.id }),
      seen: (data) => data?.leaveSchool,
      sees: () => true,
      writes: true,
    },
    {
      name: 'Mutation.transferOwnership to an ADMIN (the owner only)',
      rules: [OWNER_ONLY],
      ownWorld: true,
      document: `mutation($s: ID!, $m: ID!) { transferOwnership(schoolId: $s, membershipId: $m) { id viewerRole } }`,
      variables: async (at) => {
        const heir = await app.seed.member(at.schools.A, 'ADMIN');
        return { s: at.schools.A.id, m: await app.seed.membershipId(at.schools.A, heir) };
      },
      seen: (data) => data?.transferOwnership?.viewerRole,
      sees: () => 'ADMIN',
      writes: true,
    },
  ];

  for (const cell of cells) {
    for (const viewer of VIEWERS) {
      const refusal = outcomeFor(viewer, cell.rules, cell.groups);
      const outcome = refusal === 'ALLOWED' ? (cell.otherwise?.(viewer) ?? refusal) : refusal;
      const wrote = cell.writes
        ? outcome === 'ALLOWED'
          ? ', and wrote'
          : ', nothing written'
        : '';
      it(`${cell.name} as ${viewer.name}: ${outcome}${wrote}`, async () => {
        const at = cell.ownWorld ? await seedWorld(app.seed) : world;
        const vars = await cell.variables(at);
        const before = cell.writes ? await writtenState(app.db) : null;
        const result = await app.gql(cell.document, vars, { token: at.token(viewer) });
        const seen = cell.seen(result.data, vars);
        if (outcome === 'ALLOWED') {
          expect(result.errors).toBeUndefined();
          if (cell.sees) expect(seen).toEqual(cell.sees(viewer, vars));
          else expect(seen).toBeTruthy();
          if (before) expect(await writtenState(app.db)).not.toEqual(before);
        } else {
          expect([...new Set(codes(result))]).toEqual([outcome]);
          expect(seen).toBeFalsy();
          if (before) expect(await writtenState(app.db)).toEqual(before);
        }
      });
    }
  }

  describe('RedeemResult.addedToGroups, for anyone signed in', () => {
    // A school of its own, so that viewers who join it change nothing the cells above read.
    let invitationToken: string;
    let club: SeedGroup;
    beforeAll(async () => {
      const elsewhere = await app.seed.school();
      club = await app.seed.group(elsewhere, { kind: 'CLUB' });
      invitationToken = (await app.seed.invitation(elsewhere, { groups: [club] })).token;
    });
    const redeem = `mutation($t: String) { redeemInvitation(input: { token: $t }) {
      addedToGroups { name } membership { groups { name } } } }`;

    for (const viewer of VIEWERS) {
      const outcome = viewer.member ? 'ALLOWED' : 'UNAUTHENTICATED';
      it(`as ${viewer.name}: ${outcome}`, async () => {
        const before = await writtenState(app.db);
        const result = await app.gql(
          redeem,
          { t: invitationToken },
          { token: world.token(viewer) },
        );
        if (outcome === 'ALLOWED') {
          expect(result.errors).toBeUndefined();
          expect(result.data!.redeemInvitation).toEqual({
            addedToGroups: [{ name: club.name }],
            membership: { groups: [{ name: club.name }] },
          });
        } else {
          expect(codes(result)).toEqual([outcome]);
          expect(await writtenState(app.db)).toEqual(before);
        }
      });
    }
  });

  it('resolves a forbidden field to null while its siblings still resolve', async () => {
    const result = await app.gql(
      `query($id: ID!) { school(id: $id) { id name invitations { totalCount } } }`,
      { id: school.id },
      { token: world.users.TEACHER!.token },
    );
    expect(result.data!.school).toEqual({ id: school.id, name: school.name, invitations: null });
    expect(result.errors![0]).toMatchObject({
      path: ['school', 'invitations'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it("shows a user their own email, and another member's only with MEMBERS_VIEW", async () => {
    const q = `query($id: ID!) { school(id: $id) { members(first: 100) { edges { node { user { id email } } } } } }`;
    const asTeacher = await app.gql(q, { id: school.id }, { token: world.users.TEACHER!.token });
    const emails = asTeacher.data!.school.members.edges.map((e: any) => e.node.user.email);
    expect(emails).toContain(colleague.email);
    const student = world.users.STUDENT!;
    expect((await app.gql(`{ me { email } }`, {}, { token: student.token })).data!.me.email).toBe(
      student.email,
    );
  });

  it('reports the viewer role, permissions and leading from the shared matrix', async () => {
    for (const viewer of VIEWERS.filter((each) => each.member?.school === 'A')) {
      const r = await app.gql(
        `query($id: ID!) { school(id: $id) { viewerRole viewerPermissions viewerLeadsGroups } }`,
        { id: school.id },
        { token: world.token(viewer) },
      );
      expect({ viewer: viewer.name, ...r.data!.school }).toEqual({
        viewer: viewer.name,
        viewerRole: viewer.member!.role,
        viewerPermissions: [...ROLE_PERMISSIONS[viewer.member!.role]],
        viewerLeadsGroups: viewer.leads.length > 0,
      });
    }
  });

  it('gives NOT_FOUND, not FORBIDDEN, for a school, invitation or group the viewer cannot see', async () => {
    const lookUps = [
      ['school', school.id],
      ['school', '00000000-0000-0000-0000-000000000000'],
      ['invitation', noGroups],
      ['invitation', intoG],
      ['invitation', 'not-a-uuid'],
      ['group', G.id],
      ['group', '00000000-0000-0000-0000-000000000000'],
      ['group', 'not-a-uuid'],
    ] as const;
    for (const name of ['OUTSIDER', 'OTHER_LEADER']) {
      const outsider = app.as(world.users[name]!);
      for (const [field, id] of lookUps) {
        const result = await outsider.query(`query($id: ID!) { ${field}(id: $id) { id } }`, {
          id,
        });
        expect({ name, field, id, codes: codes(result) }).toEqual({
          name,
          field,
          id,
          codes: ['NOT_FOUND'],
        });
      }
    }
  });
});
