import type { SchoolRole } from '@school-invites/shared';
import { domainAllowed, normalizeDomains } from '../schools/email-domains';
import { badInput } from '../../errors/app-error';
import type { SchoolEntity } from '../schools/school.entity';

const DAY_MS = 24 * 60 * 60 * 1000;
const STAFF: readonly SchoolRole[] = ['TEACHER', 'ADMIN'];

type Policy = Pick<
  SchoolEntity,
  'allowedEmailDomains' | 'maxExpiryDays' | 'staffInvitationsMustBeLimited'
>;

/**
 * Checks a new invitation against its school's policy (BAD_USER_INPUT naming the field), and
 * returns the email domains it is for: the creator's narrowing of the school's, or the school's.
 */
export function applyPolicy(
  school: Policy,
  invitation: {
    role: SchoolRole;
    expiresAt: Date | null;
    maxUses: number | null;
    allowedEmailDomains?: readonly string[] | null;
  },
): string[] {
  if (school.maxExpiryDays !== null) {
    const latest = Date.now() + school.maxExpiryDays * DAY_MS;
    if (!invitation.expiresAt || invitation.expiresAt.getTime() > latest)
      throw badInput(
        'expiresAt',
        `this school's invitations must expire within ${school.maxExpiryDays} days`,
      );
  }
  if (school.staffInvitationsMustBeLimited && STAFF.includes(invitation.role)) {
    if (!invitation.expiresAt)
      throw badInput('expiresAt', 'invitations for staff must expire in this school');
    if (invitation.maxUses === null)
      throw badInput('maxUses', 'invitations for staff must have a usage limit in this school');
  }
  const narrowed = normalizeDomains(invitation.allowedEmailDomains ?? [], 'allowedEmailDomains');
  if (narrowed.length === 0) return [...school.allowedEmailDomains];
  if (
    school.allowedEmailDomains.length > 0 &&
    !narrowed.every((domain) => domainAllowed(domain, school.allowedEmailDomains))
  )
    throw badInput(
      'allowedEmailDomains',
      "may only narrow the school's allowed domains (the same domains or their subdomains)",
    );
  return narrowed;
}
