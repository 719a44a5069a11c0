import { isEmail } from 'class-validator';
import type { DataSource, Repository } from 'typeorm';
import { hashPassword, verifyDecoy, verifyPassword } from '../../auth/passwords';
import { newSecret, sha256 } from '../../auth/secrets';
import { SESSION_TTL_MS } from '../../auth/session-cookie';
import type { Viewer } from '../../auth/viewer';
import type { RateLimitConfig } from '../../config';
import { AppError, badInput, conflict } from '../../errors/app-error';
import { isUniqueViolation } from '../../database/errors';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';
import type { SignInInput, SignUpInput } from './auth.inputs';

export const SESSION_PREFIX = 'sis_';
export const API_TOKEN_PREFIX = 'sit_';
/** A sliding session is extended at most this often, so reads do not each cost a write. */
const TOUCH_AFTER_MS = 60_000;

export interface SignedIn {
  token: string;
  user: UserEntity;
}

const invalidCredentials = () =>
  new AppError('UNAUTHENTICATED', 'That email and password do not match an account.');

/** Keys rate limits by a digest, so the counters table holds no email addresses. */
const emailKey = (email: string) => sha256(email.toLowerCase()).toString('hex').slice(0, 32);

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
  ) {}

  async signUp(input: SignUpInput, ip: string): Promise<SignedIn> {
    const name = input.name.trim();
    const email = input.email.trim();
    if (name.length < 1) throw badInput('name', 'must not be empty');
    if (!isEmail(email)) throw badInput('email', 'must be an email address, like name@example.org');
    await this.limiter.consume([
      { key: `sign-up:ip:${ip}`, max: this.limits.signUpPerIpPerHour, windowSeconds: 3600 },
    ]);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async (tx) => {
        const user = await tx.getRepository(UserEntity).save(
          tx.getRepository(UserEntity).create({ name, email, passwordHash }),
        );
        const token = await this.startSession(tx.getRepository(SessionEntity), user.id);
        return { token, user };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw conflict('An account with this email already exists. Sign in instead.', 'email');
      }
      throw error;
    }
  }

  async signIn(input: SignInInput, ip: string): Promise<SignedIn> {
    const email = input.email.trim();
    const perIp = { key: `sign-in:ip:${ip}`, max: this.limits.signInPerIpPerHour, windowSeconds: 3600 };
    const perEmail = {
      key: `sign-in:email:${emailKey(email)}`,
      max: this.limits.signInPerEmailPerHour,
      windowSeconds: 3600,
    };
    // Per address every attempt counts (against credential stuffing); per email only failures do.
    const reservation = await this.limiter.reserve([perIp, perEmail]);

    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
    if (!user || !valid) throw invalidCredentials();
    const token = await this.startSession(this.db.getRepository(SessionEntity), user.id);
    await this.limiter.release(reservation.filter((counter) => counter.key === perEmail.key));
    return { token, user };
  }

  async signOut(viewer: Viewer): Promise<boolean> {
    if (!viewer.sessionId) return false;
    await this.db.getRepository(SessionEntity).delete({ id: viewer.sessionId, userId: viewer.userId });
    return true;
  }

  /** The viewer a session or API token stands for; null when it is unknown, ended or expired. */
  async authenticate(token: string): Promise<Viewer | null> {
    if (token.length > 200) return null;
    if (token.startsWith(SESSION_PREFIX)) return this.authenticateSession(token);
    if (token.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(token);
    return null;
  }

  private async startSession(sessions: Repository<SessionEntity>, userId: string) {
    const token = newSecret(SESSION_PREFIX);
    await sessions.insert({
      userId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    });
    return token;
  }

  private async authenticateSession(token: string): Promise<Viewer | null> {
    const rows: { id: string; user_id: string; last_seen_at: Date }[] = await this.db.query(
      `SELECT id, user_id, last_seen_at FROM sessions WHERE token_hash = $1 AND expires_at > now()`,
      [sha256(token)],
    );
    const session = rows[0];
    if (!session) return null;
    if (Date.now() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.db.query(
        `UPDATE sessions SET last_seen_at = now(), expires_at = now() + $2 * interval '1 millisecond' WHERE id = $1`,
        [session.id, SESSION_TTL_MS],
      );
    }
    return { userId: session.user_id, sessionId: session.id, apiTokenId: null };
  }

  private async authenticateApiToken(token: string): Promise<Viewer | null> {
    const rows: { id: string; user_id: string }[] = await this.db.query(
      `WITH t AS (
         UPDATE api_tokens SET last_used_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
         RETURNING id, user_id)
       SELECT id, user_id FROM t`,
      [sha256(token)],
    );
    const apiToken = rows[0];
    return apiToken ? { userId: apiToken.user_id, sessionId: null, apiTokenId: apiToken.id } : null;
  }
}
