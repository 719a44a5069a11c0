import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Logger } from './logger';
import { ApiTokenService } from './modules/api-tokens/api-token.service';
import { AuditQueryService } from './modules/audit/audit-query.service';
import { InvitationService } from './modules/invitations/invitation.service';
import { RedemptionService } from './modules/invitations/redemption.service';
import { MembershipService } from './modules/memberships/membership.service';
import { RateLimiter } from './modules/rate-limits/rate-limiter';
import { SchoolService } from './modules/schools/school.service';
import { AuthService } from './modules/sessions/auth.service';

/** The application's services, built once per process and shared by every request. */
export function createServices(db: DataSource, config: Pick<Config, 'publicUrl' | 'rateLimits'>, logger: Logger) {
  const limiter = new RateLimiter(db, logger, config.rateLimits.enabled);
  return {
    limiter,
    auth: new AuthService(db, limiter, config.rateLimits),
    apiTokens: new ApiTokenService(db),
    schools: new SchoolService(db),
    memberships: new MembershipService(db),
    invitations: new InvitationService(db, limiter, config.rateLimits),
    redemptions: new RedemptionService(db, limiter, config.rateLimits),
    auditEvents: new AuditQueryService(db),
    publicUrl: config.publicUrl,
  };
}

export type Services = ReturnType<typeof createServices>;
