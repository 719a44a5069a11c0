import type { EntityManager } from 'typeorm';
import { ApiTokenRepository } from '../modules/api-tokens/api-token.repository';
import { AuditRepository } from '../modules/audit/audit.repository';
import { EmailTokenRepository } from '../modules/email-links/email-token.repository';
import { GroupRepository } from '../modules/groups/group.repository';
import { InvitationRepository } from '../modules/invitations/invitation.repository';
import { MembershipRepository } from '../modules/memberships/membership.repository';
import { RateLimitRepository } from '../modules/rate-limits/rate-limit.repository';
import { RedemptionRepository } from '../modules/redemptions/redemption.repository';
import { SchoolRepository } from '../modules/schools/school.repository';
import { SessionRepository } from '../modules/sessions/session.repository';
import { UserRepository } from '../modules/users/user.repository';

/**
 * Every way the application reaches the database: one repository per feature, each holding every
 * statement of its feature. Services get these, never the DataSource.
 */
export interface Repositories {
  users: UserRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  schools: SchoolRepository;
  memberships: MembershipRepository;
  invitations: InvitationRepository;
  groups: GroupRepository;
  emailTokens: EmailTokenRepository;
  redemptions: RedemptionRepository;
  audit: AuditRepository;
  rateLimits: RateLimitRepository;
  /** Runs `work` in one transaction: every statement of the repositories it is given is part of it. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
}

/**
 * Runs one of a viewer's list or search reads against a read replica once it has replayed the
 * viewer's own latest write, otherwise (or when the replica cannot be reached) the primary.
 * Nothing a guard decides on, and no write, goes through it.
 */
export type ListReads = <T>(
  viewer: { wroteLsn?: string | null } | null,
  read: (repositories: Repositories) => Promise<T>,
) => Promise<T>;

export interface RepositoryOptions {
  /** A read replica serves lists: the session's statement also reads the user's latest write. */
  withWriteMarks?: boolean;
}

export function createRepositories(
  db: EntityManager,
  options: RepositoryOptions = {},
): Repositories {
  return {
    users: new UserRepository(db),
    sessions: new SessionRepository(db, options.withWriteMarks),
    apiTokens: new ApiTokenRepository(db),
    schools: new SchoolRepository(db),
    memberships: new MembershipRepository(db),
    invitations: new InvitationRepository(db),
    groups: new GroupRepository(db),
    emailTokens: new EmailTokenRepository(db),
    redemptions: new RedemptionRepository(db),
    audit: new AuditRepository(db),
    rateLimits: new RateLimitRepository(db),
    transaction: (work) => db.transaction((manager) => work(createRepositories(manager, options))),
  };
}
