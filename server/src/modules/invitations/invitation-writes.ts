import {
  canGrantRole,
  LEADER_GRANTABLE_ROLES,
  roleHasPermission,
  type SchoolRole,
} from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import type { Repositories } from '../../database/repositories';
import { badInput, forbidden } from '../../errors/app-error';
import { newInvitationCode, newInvitationToken } from './credentials';
import type { InvitationRow, NewInvitation } from './invitation.repository';

/* The steps every way of making and revoking invitations shares, inside its transaction. */

const CREDENTIAL_ATTEMPTS = 5;

type Repos = Pick<Repositories, 'invitations' | 'audit' | 'groups'>;

/**
 * The role a new invitation of the viewer's may grant (STUDENT when not given), or why not:
 * INVITATIONS_CREATE and a role no higher than their own, or leading every one of `groupIds`
 * and a role a leader may give.
 */
export async function authorizeCreation(
  access: SchoolAccess,
  schoolId: string,
  requested: SchoolRole | null | undefined,
  groupIds: readonly string[],
): Promise<SchoolRole> {
  const creatorRole = await access.requireMember(schoolId);
  const role = requested ?? 'STUDENT';
  if (role === 'OWNER') throw badInput('role', 'an invitation can never make someone the owner');
  if (roleHasPermission(creatorRole, 'INVITATIONS_CREATE')) {
    if (!canGrantRole(creatorRole, role)) throw forbidden(`invite people as ${role}`);
    return role;
  }
  if (!(await access.leadsAll(schoolId, groupIds))) throw forbidden('create invitations');
  if (!(LEADER_GRANTABLE_ROLES as readonly SchoolRole[]).includes(role))
    throw forbidden(`invite people as ${role} (a class's leader invites students)`);
  return role;
}

const notLiveGroup = (field: string) =>
  badInput(field, 'names a group that is archived or not in this school');

/**
 * Refuses groups that are not live groups of the school (unknown, another school's, archived)
 * before the new invitations are counted against the school's hourly limit: a refused request
 * must not spend it. `lockGroups` checks again, under the lock.
 */
export async function requireLiveGroups(
  repos: Repos,
  schoolId: string,
  groupIds: readonly string[],
  field: string,
): Promise<void> {
  if (groupIds.length === 0) return;
  const groups = await repos.groups.findByIds(groupIds);
  const live = groups.filter((group) => group.school_id === schoolId && !group.archived_at);
  if (live.length !== groupIds.length) throw notLiveGroup(field);
}

/**
 * Locks the school's live groups named by `groupIds` so none is archived before the invitations
 * into it commit; refuses any that is not one (unknown, another school's, archived).
 */
export async function lockGroups(
  tx: Repos,
  schoolId: string,
  groupIds: readonly string[],
  field: string,
): Promise<void> {
  if (groupIds.length === 0) return;
  const live = await tx.groups.lockLive(schoolId, groupIds, 'share');
  if (live.length !== groupIds.length) throw notLiveGroup(field);
}

/**
 * New invitations alike but for their credentials and groups (`groupIds[k]` for the k-th), in
 * that order, with an audit event each. A token or code collision inserts nothing for that one,
 * which is retried with fresh credentials.
 */
export async function insert(
  tx: Repos,
  batch: {
    invitation: Omit<NewInvitation, 'token' | 'code'>;
    groupIds: (readonly string[])[];
  },
): Promise<InvitationRow[]> {
  const { invitation, groupIds } = batch;
  const made: (InvitationRow | undefined)[] = groupIds.map(() => undefined);
  for (let attempt = 1; attempt <= CREDENTIAL_ATTEMPTS; attempt++) {
    const wanted = made.flatMap((row, k) => (row ? [] : [k]));
    if (wanted.length === 0) break;
    const credentials = wanted.map(() => ({
      token: newInvitationToken(),
      code: newInvitationCode(),
    }));
    const rows =
      wanted.length === 1
        ? [await tx.invitations.insert({ ...invitation, ...credentials[0]! })].filter(
            (row) => row !== undefined,
          )
        : await tx.invitations.insertMany(invitation, credentials);
    const byToken = new Map(rows.map((row) => [row.token, row]));
    wanted.forEach((k, j) => (made[k] = byToken.get(credentials[j]!.token)));
  }
  if (made.some((row) => !row))
    throw new Error(`no free invitation credentials after ${CREDENTIAL_ATTEMPTS} attempts`);
  const rows = made as InvitationRow[];
  await tx.invitations.joinGroups(
    rows.flatMap((row, k) => groupIds[k]!.map((groupId) => ({ invitationId: row.id, groupId }))),
  );
  await tx.audit.record(
    rows.map((row, k) => ({
      schoolId: invitation.schoolId,
      actorId: invitation.createdBy,
      action: 'invitation.created' as const,
      targetType: 'invitation' as const,
      targetId: row.id,
      detail: {
        role: invitation.role,
        label: invitation.label,
        maxUses: invitation.maxUses,
        replaces: invitation.replacesId,
        ...(groupIds[k]!.length ? { groupIds: groupIds[k] } : {}),
        ...(invitation.batchId ? { batchId: invitation.batchId } : {}),
      },
    })),
  );
  return rows;
}

/** Revokes those of `ids` not revoked yet, each with its audit event; returns them. */
export async function revoke(
  tx: Repos,
  schoolId: string,
  ids: string[],
  actorId: string,
): Promise<InvitationRow[]> {
  const rows = await tx.invitations.revoke(schoolId, ids, actorId);
  await tx.audit.record(
    rows.map((row) => ({
      schoolId,
      actorId,
      action: 'invitation.revoked' as const,
      targetType: 'invitation' as const,
      targetId: row.id,
      detail: { useCount: row.use_count },
    })),
  );
  return rows;
}
