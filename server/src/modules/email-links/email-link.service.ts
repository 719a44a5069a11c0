import { LIMITS } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import { hashPassword } from '../../auth/passwords';
import { newSecret, sha256 } from '../../auth/secrets';
import type { RateLimitConfig } from '../../config';
import type { Repositories } from '../../database/repositories';
import { AppError, badInput } from '../../errors/app-error';
import type { Logger } from '../../logger';
import type { Mailer, MailMessage } from '../../mail/mailer';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import { emailKey, startSession, type SignedIn } from '../sessions/auth.service';
import type { UserEntity } from '../users/user.entity';
import {
  addressInUseMessage,
  passwordResetMessage,
  verificationMessage,
  welcomeMessage,
} from './email-messages';
import type { EmailLinkPurpose } from './email-token.repository';

const LINK_TTL_MS = 30 * 60 * 1000;
const LINK_PREFIX = 'sie_';

const mailOff = () =>
  new AppError(
    'CONFLICT',
    'This server cannot send email yet. Ask its administrator to set SMTP_URL.',
    { reason: 'MAIL_OFF' },
  );

const badLink = () =>
  badInput('token', 'this link has expired or was already used. Ask for a new one.');

/**
 * Links sent by email: confirming an address, and resetting a password. Each is single-use,
 * stored as a hash, for one address, and expires after 30 minutes. The link carries its token in
 * the fragment (`#token=`), which browsers never send to a server, so no proxy log holds it.
 */
export class EmailLinkService {
  /** Messages sent after their request answered; awaited before the server stops. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly repos: Repositories,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
    private readonly publicUrl: string,
    private readonly logger: Logger,
  ) {}

  /** Emails the viewer a link that confirms their address; true when sent or already confirmed. */
  async requestVerification(access: SchoolAccess): Promise<boolean> {
    const viewer = access.requireViewer();
    const [user] = await this.repos.users.findByIds([viewer.userId]);
    if (!user) throw new AppError('UNAUTHENTICATED', 'You need to sign in to do this.');
    if (user.emailVerifiedAt) return true;
    if (this.mailer.mode === 'off') throw mailOff();
    await this.limiter.consume([
      {
        key: `verify-email:user:${user.id}`,
        max: this.limits.emailLinksPerUserPerHour,
        windowSeconds: 3600,
      },
    ]);
    await this.mailer.send(await this.linkOrNotice(user, verificationMessage));
    return true;
  }

  /**
   * After a sign-up, in the background so that every sign-up takes the same time: a new
   * address gets a link to confirm it; an address that already had an account gets a notice
   * instead, which is how its owner, and only its owner, learns of the attempt. Limited per
   * address without telling the caller, so nobody can flood a mailbox through sign-up.
   */
  afterSignUp(user: UserEntity): void {
    if (this.mailer.mode === 'off') return;
    const sending = this.sendAfterSignUp(user)
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'the message after a sign-up was not sent'),
      )
      .finally(() => this.inFlight.delete(sending));
    this.inFlight.add(sending);
  }

  /** Resolves once every message sent in the background has gone out or failed. */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  private async sendAfterSignUp(user: UserEntity): Promise<void> {
    const reservation = await this.limiter
      .reserve([
        {
          key: `sign-up-mail:email:${emailKey(user.email)}`,
          max: this.limits.emailLinksPerUserPerHour,
          windowSeconds: 3600,
        },
      ])
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'RATE_LIMITED') return null;
        throw error;
      });
    if (!reservation) return;
    await this.mailer.send(await this.linkOrNotice(user, welcomeMessage));
  }

  /**
   * A link confirming the account's address, worded by `compose`; or, when another account owns
   * the address, a notice to that owner (as they wrote it), never a link that would prove it.
   */
  private async linkOrNotice(
    user: UserEntity,
    compose: (to: string, name: string, link: string) => MailMessage,
  ): Promise<MailMessage> {
    if (user.ownsEmail)
      return compose(user.email, user.name, await this.issue(user, 'VERIFY_EMAIL'));
    const owner = await this.repos.users.findOwner(user.email);
    return addressInUseMessage(owner?.email ?? user.email, this.publicUrl);
  }

  /** Confirms the address the link was sent to, if it is still the account's address. */
  async verify(token: string): Promise<UserEntity> {
    const used = await this.repos.emailTokens.consume(sha256(token), 'VERIFY_EMAIL');
    if (!used) throw badLink();
    if (!(await this.repos.users.markEmailVerified(used.user_id, used.email)))
      throw badInput('token', 'this link was for an address the account no longer has.');
    const [user] = await this.repos.users.findByIds([used.user_id]);
    return user!;
  }

  /**
   * Always answers true, registered or not, so nobody learns who has an account; mails a link
   * only to a registered address, within per-address and per-email limits.
   */
  async requestPasswordReset(email: string, ip: string): Promise<true> {
    await this.limiter.consume([
      { key: `reset:ip:${ip}`, max: this.limits.signInPerIpPerHour, windowSeconds: 3600 },
      {
        key: `reset:email:${emailKey(email.trim())}`,
        max: this.limits.emailLinksPerUserPerHour,
        windowSeconds: 3600,
      },
    ]);
    const user = await this.repos.users.findOwnerWithPasswordHash(email.trim());
    if (!user) return true;
    if (this.mailer.mode === 'off') {
      this.logger.warn('a password reset was asked for while mail is off');
      return true;
    }
    const link = await this.issue(user, 'RESET_PASSWORD');
    await this.mailer.send(passwordResetMessage(user.email, user.name, link));
    return true;
  }

  /**
   * Sets a new password, ends every session of the account, and signs in afresh. Reading the
   * link also proves the address, so it counts as verified.
   */
  async resetPassword(token: string, password: string): Promise<SignedIn> {
    if (password.length < LIMITS.passwordMin || password.length > LIMITS.passwordMax)
      throw badInput(
        'password',
        `must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters long`,
      );
    const passwordHash = await hashPassword(password);
    return this.repos.transaction(async (tx) => {
      const used = await tx.emailTokens.consume(sha256(token), 'RESET_PASSWORD');
      if (!used) throw badLink();
      await tx.emailTokens.expireAll(used.user_id, 'RESET_PASSWORD');
      await tx.users.setPasswordHash(used.user_id, passwordHash);
      await tx.users.markEmailVerified(used.user_id, used.email);
      await tx.sessions.endAll(used.user_id);
      const sessionToken = await startSession(tx.sessions, used.user_id);
      const [user] = await tx.users.findByIds([used.user_id]);
      return { token: sessionToken, user: user! };
    });
  }

  private async issue(user: UserEntity, purpose: EmailLinkPurpose) {
    const token = newSecret(LINK_PREFIX);
    await this.repos.emailTokens.insert({
      userId: user.id,
      purpose,
      email: user.email,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + LINK_TTL_MS),
    });
    const page = purpose === 'VERIFY_EMAIL' ? 'verify-email' : 'reset-password';
    return `${this.publicUrl}/${page}#token=${token}`;
  }
}
