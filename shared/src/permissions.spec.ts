import { permissionsOf, roleHasPermission, ROLE_PERMISSIONS } from './permissions';
import { canGrantRole, grantableRoles } from './roles';
import { invitationStatus } from './invitation-status';

describe('role matrix', () => {
  it('gives invitation management to owners and admins only', () => {
    expect(roleHasPermission('OWNER', 'INVITATIONS_REVOKE')).toBe(true);
    expect(roleHasPermission('ADMIN', 'INVITATIONS_CREATE')).toBe(true);
    expect(roleHasPermission('TEACHER', 'INVITATIONS_VIEW')).toBe(false);
    expect(roleHasPermission('TEACHER', 'MEMBERS_VIEW')).toBe(true);
    expect(permissionsOf('STUDENT')).toEqual([]);
    expect(permissionsOf(null)).toEqual([]);
    expect(ROLE_PERMISSIONS.ADMIN).not.toContain('SCHOOL_MANAGE');
  });

  it('never lets an invitation grant OWNER or a role above its creator', () => {
    expect(grantableRoles('OWNER')).toEqual(['ADMIN', 'TEACHER', 'STUDENT']);
    expect(grantableRoles('ADMIN')).toEqual(['ADMIN', 'TEACHER', 'STUDENT']);
    expect(grantableRoles('TEACHER')).toEqual(['TEACHER', 'STUDENT']);
    expect(canGrantRole('OWNER', 'OWNER')).toBe(false);
    expect(canGrantRole('TEACHER', 'ADMIN')).toBe(false);
  });
});

describe('invitation status', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const base = { revokedAt: null, expiresAt: null, useCount: 0, maxUses: null };

  it('follows the priority revoked > expired > used up > active', () => {
    expect(invitationStatus(base, now)).toBe('ACTIVE');
    expect(invitationStatus({ ...base, maxUses: 2, useCount: 2 }, now)).toBe('USED_UP');
    expect(invitationStatus({ ...base, maxUses: 2, useCount: 2, expiresAt: now }, now)).toBe(
      'EXPIRED',
    );
    expect(invitationStatus({ ...base, expiresAt: now, revokedAt: now }, now)).toBe('REVOKED');
  });

  it('treats the expiry instant itself as expired', () => {
    const justAfter = new Date(now.getTime() + 1);
    expect(invitationStatus({ ...base, expiresAt: justAfter }, now)).toBe('ACTIVE');
    expect(invitationStatus({ ...base, expiresAt: now }, now)).toBe('EXPIRED');
  });
});
