import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { isConnectionFailure } from './database/errors';
import type { ReadReplica } from './database/read-replica';
import { createRepositories, type ListReads } from './database/repositories';
import { createMailer, type Mailer } from './mail/mailer';
import { EmailLinkService } from './modules/email-links/email-link.service';
import type { Logger } from './logger';
import { ApiTokenService } from './modules/api-tokens/api-token.service';
import { AuditService } from './modules/audit/audit.service';
import { GroupService } from './modules/groups/group.service';
import { InvitationBatchService } from './modules/invitations/invitation-batch.service';
import { InvitationExportService } from './modules/invitations/invitation-export.service';
import { InvitationService } from './modules/invitations/invitation.service';
import { MemberManagementService } from './modules/memberships/member-management.service';
import { MembershipService } from './modules/memberships/membership.service';
import { RateLimiter } from './modules/rate-limits/rate-limiter';
import { RedemptionService } from './modules/redemptions/redemption.service';
import { SchoolService } from './modules/schools/school.service';
import { AuthService } from './modules/sessions/auth.service';

/**
 * The application's services, built once per process and shared by every request. They reach the
 * database only through the repositories, which request loaders (graphql/loaders.ts) batch too.
 */
export function createServices(
  db: DataSource,
  config: Pick<
    Config,
    'publicUrl' | 'rateLimits' | 'smtpUrl' | 'mailFrom' | 'dataDir' | 'production'
  >,
  logger: Logger,
  {
    mailer = createMailer(config, logger),
    replica = null,
  }: { mailer?: Mailer; replica?: ReadReplica | null } = {},
) {
  const repositories = createRepositories(db.manager, { withWriteMarks: Boolean(replica) });
  const fromReplica = replica && createRepositories(replica.dataSource.manager);
  const listReads: ListReads = !fromReplica
    ? (_viewer, read) => read(repositories)
    : async (viewer, read) => {
        if (!replica.hasReplayed(viewer?.wroteLsn)) return read(repositories);
        try {
          return await read(fromReplica);
        } catch (error) {
          if (!isConnectionFailure(error)) throw error;
          replica.lost();
          return read(repositories);
        }
      };
  const limiter = new RateLimiter(repositories.rateLimits, logger, config.rateLimits.enabled);
  const invitations = new InvitationService(repositories, limiter, config.rateLimits, listReads);
  const emailLinks = new EmailLinkService(
    repositories,
    mailer,
    limiter,
    config.rateLimits,
    config.publicUrl,
    logger,
  );
  return {
    repositories,
    auth: new AuthService(repositories, limiter, config.rateLimits, (user) =>
      emailLinks.afterSignUp(user),
    ),
    apiTokens: new ApiTokenService(repositories),
    schools: new SchoolService(repositories),
    memberships: new MembershipService(listReads),
    memberManagement: new MemberManagementService(repositories),
    invitations,
    invitationBatches: new InvitationBatchService(repositories, invitations),
    invitationExport: new InvitationExportService(invitations, config.publicUrl),
    groups: new GroupService(repositories),
    redemptions: new RedemptionService(repositories, limiter, config.rateLimits),
    auditEvents: new AuditService(listReads),
    emailLinks,
    mailer,
    replica,
    publicUrl: config.publicUrl,
  };
}

export type Services = ReturnType<typeof createServices>;
