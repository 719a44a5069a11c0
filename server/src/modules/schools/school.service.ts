import type { SchoolAccess } from '../../auth/access';
import { isUniqueViolation } from '../../database/errors';
import type { Repositories } from '../../database/repositories';
import { conflict } from '../../errors/app-error';
import type { SchoolEntity } from './school.entity';
import type { SchoolLoaders } from './school.repository';
import { normalizeDomains } from './email-domains';
import { slugify } from './slug';

const SLUG_ATTEMPTS = 20;

export interface SchoolDraft {
  name: string;
  /** Derived from the name when omitted. */
  slug?: string | null;
  description?: string | null;
}

export class SchoolService {
  constructor(private readonly repos: Repositories) {}

  /** The creator becomes OWNER in the same transaction, with both facts in the audit trail. */
  async create(access: SchoolAccess, draft: SchoolDraft): Promise<SchoolEntity> {
    const viewer = access.requireViewer();
    const name = draft.name.trim();
    const description = draft.description?.trim() || null;
    const base = draft.slug ?? slugify(name);
    for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
      // A derived slug that is taken gets a number; a slug the caller chose is theirs or a CONFLICT.
      const slug = attempt === 0 ? base : `${base.slice(0, 55)}-${attempt + 1}`;
      try {
        return await this.repos.transaction(async (tx) => {
          const school = await tx.schools.insert({
            name,
            slug,
            description,
            createdBy: viewer.userId,
          });
          const membership = await tx.memberships.insert({
            schoolId: school.id,
            userId: viewer.userId,
            role: 'OWNER',
          });
          await tx.audit.record([
            {
              schoolId: school.id,
              actorId: viewer.userId,
              action: 'school.created',
              targetType: 'school',
              targetId: school.id,
              detail: { name, slug },
            },
            {
              schoolId: school.id,
              actorId: viewer.userId,
              action: 'member.joined',
              targetType: 'membership',
              targetId: membership.id,
              detail: { role: 'OWNER', userId: viewer.userId },
            },
          ]);
          return tx.schools.findById(school.id);
        });
      } catch (error) {
        if (!isUniqueViolation(error, 'schools_slug_key')) throw error;
        if (draft.slug)
          throw conflict(`The address "${draft.slug}" is taken. Choose another.`, 'slug');
      }
    }
    throw conflict('Could not find a free address for this school name. Choose a slug.', 'slug');
  }

  async mine(access: SchoolAccess): Promise<SchoolEntity[]> {
    return this.repos.schools.mine(access.requireViewer().userId);
  }

  /** Members only; NOT_FOUND for everyone else, so a school's existence does not leak. */
  async get(access: SchoolAccess, loaders: SchoolLoaders, id: string): Promise<SchoolEntity> {
    access.requireViewer();
    // The school's statement also tells the viewer's role there, so the check after it is free.
    const school = await loaders.school.load(id);
    await access.requireMember(id);
    if (!school) throw new Error(`school ${id} has members but no row`);
    return school;
  }

  /**
   * Every link and code of the school stops (or starts again) at once; nothing else changes.
   * Requires INVITATIONS_REVOKE. Under the school's row lock, so no join commits after a pause
   * does. Pausing a paused school changes nothing and writes no audit event.
   */
  async setInvitationsPaused(
    access: SchoolAccess,
    loaders: SchoolLoaders,
    id: string,
    paused: boolean,
  ): Promise<SchoolEntity> {
    const viewer = access.requireViewer();
    await this.get(access, loaders, id);
    await access.require(id, 'INVITATIONS_REVOKE');
    return this.repos.transaction(async (tx) => {
      await tx.schools.lockAgainstJoins(id);
      const changed = paused
        ? await tx.schools.pauseInvitations(id, viewer.userId)
        : await tx.schools.resumeInvitations(id);
      if (changed)
        await tx.audit.record([
          {
            schoolId: id,
            actorId: viewer.userId,
            action: paused ? 'invitations.paused' : 'invitations.resumed',
            targetType: 'school',
            targetId: id,
          },
        ]);
      return tx.schools.findById(id);
    });
  }

  /** Requires SCHOOL_MANAGE. New invitations follow it; joins are checked against its domains. */
  async updatePolicy(
    access: SchoolAccess,
    loaders: SchoolLoaders,
    id: string,
    policy: InvitationPolicyDraft,
  ): Promise<SchoolEntity> {
    const viewer = access.requireViewer();
    await this.get(access, loaders, id);
    await access.require(id, 'SCHOOL_MANAGE');
    const allowedEmailDomains = normalizeDomains(policy.allowedEmailDomains, 'allowedEmailDomains');
    return this.repos.transaction(async (tx) => {
      await tx.schools.setPolicy(id, {
        allowedEmailDomains,
        maxExpiryDays: policy.maxExpiryDays ?? null,
        staffInvitationsMustBeLimited: policy.staffInvitationsMustBeLimited,
      });
      await tx.audit.record([
        {
          schoolId: id,
          actorId: viewer.userId,
          action: 'school.policy_changed',
          targetType: 'school',
          targetId: id,
          detail: {
            allowedEmailDomains,
            maxExpiryDays: policy.maxExpiryDays ?? null,
            staffInvitationsMustBeLimited: policy.staffInvitationsMustBeLimited,
          },
        },
      ]);
      return tx.schools.findById(id);
    });
  }
}

export interface InvitationPolicyDraft {
  allowedEmailDomains: readonly string[];
  maxExpiryDays?: number | null;
  staffInvitationsMustBeLimited: boolean;
}
