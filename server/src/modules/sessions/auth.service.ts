import { isEmail } from 'class-validator';
import { hashPassword, verifyDecoy, verifyPassword } from '../../auth/passwords';
import { newSecret, sha256 } from '../../auth/secrets';
import { SESSION_TTL_MS } from '../../auth/session-cookie';
import type { Viewer } from '../../auth/viewer';
import type { RateLimitConfig } from '../../config';
import type { Repositories } from '../../database/repositories';
import { AppError, badInput } from '../../errors/app-error';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import type { UserEntity } from '../users/user.entity';
import type { SessionRepository } from './session.repository';

export const SESSION_PREFIX = 'sis_';
export const API_TOKEN_PREFIX = 'sit_';
/** A sliding session is extended at most this often, so reads do not each cost a write. */
const TOUCH_AFTER_MS = 60_000;

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface SignedIn {
  token: string;
  user: UserEntity;
}

const invalidCredentials = () =>
  new AppError('UNAUTHENTICATED', 'That email and password do not match an account.');

/** Accounts signed up with an already-owned address whose passwords a sign-in also tries. */
const NON_OWNERS_TRIED = 3;

/** Keys rate limits by a digest, so the counters table holds no email addresses. */
export const emailKey = (email: string) => sha256(email.toLowerCase()).toString('hex').slice(0, 32);

export class AuthService {
  constructor(
    private readonly repos: Repositories,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
    /** Told of each new account after it is committed (it sends mail in the background). */
    private readonly onSignUp: (user: UserEntity) => void = () => undefined,
  ) {}

  /**
   * Creates an account and signs it in. The answer is the same whether or not the address was
   * registered (no CONFLICT to probe with): an address another account owns gives an account
   * that does not own it, and the owner is emailed (see UserRepository.insert).
   */
  async signUp(input: NewAccount, ip: string): Promise<SignedIn> {
    const name = input.name.trim();
    const email = input.email.trim();
    if (name.length < 1) throw badInput('name', 'must not be empty');
    if (!isEmail(email)) throw badInput('email', 'must be an email address, like name@example.org');
    await this.limiter.consume([
      { key: `sign-up:ip:${ip}`, max: this.limits.signUpPerIpPerHour, windowSeconds: 3600 },
    ]);
    const passwordHash = await hashPassword(input.password);
    const signedIn = await this.repos.transaction(async (tx) => {
      const user = await tx.users.insert({ name, email, passwordHash });
      const token = await startSession(tx.sessions, user.id);
      return { token, user };
    });
    this.onSignUp(signedIn.user);
    return signedIn;
  }

  async signIn(input: Credentials, ip: string): Promise<SignedIn> {
    const email = input.email.trim();
    const perIp = {
      key: `sign-in:ip:${ip}`,
      max: this.limits.signInPerIpPerHour,
      windowSeconds: 3600,
    };
    const perEmail = {
      key: `sign-in:email:${emailKey(email)}`,
      max: this.limits.signInPerEmailPerHour,
      windowSeconds: 3600,
    };
    // Per address every attempt counts (against credential stuffing); per email only failures do.
    const reservation = await this.limiter.reserve([perIp, perEmail]);

    const user = await this.matchingAccount(email, input.password);
    if (!user) throw invalidCredentials();
    const token = await startSession(this.repos.sessions, user.id);
    await this.limiter.release(reservation.filter((counter) => counter.key === perEmail.key));
    return { token, user };
  }

  /**
   * The account the address and password open: its owner's first, then the newest accounts
   * signed up with it later (each has its own password), so signing in behaves the same
   * whether or not the address was taken when the account was made. An unknown address
   * still costs one hash check, so timing does not tell either.
   */
  private async matchingAccount(email: string, password: string): Promise<UserEntity | null> {
    const owner = await this.repos.users.findOwnerWithPasswordHash(email);
    if (owner && (await verifyPassword(owner.passwordHash, password))) return owner;
    const others = await this.repos.users.findNonOwnersWithPasswordHash(email, NON_OWNERS_TRIED);
    for (const other of others)
      if (await verifyPassword(other.passwordHash, password)) return other;
    if (!owner && !others.length) await verifyDecoy(password);
    return null;
  }

  async signOut(viewer: Viewer): Promise<boolean> {
    if (!viewer.sessionId) return false;
    await this.repos.sessions.end(viewer.sessionId, viewer.userId);
    return true;
  }

  /** The viewer a session or API token stands for; null when it is unknown, ended or expired. */
  async authenticate(token: string): Promise<Viewer | null> {
    if (token.length > 200) return null;
    if (token.startsWith(SESSION_PREFIX)) return this.authenticateSession(token);
    if (token.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(token);
    return null;
  }

  private async authenticateSession(token: string): Promise<Viewer | null> {
    const session = await this.repos.sessions.findLive(sha256(token));
    if (!session) return null;
    if (Date.now() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.repos.sessions.touch(session.id, SESSION_TTL_MS);
    }
    return {
      userId: session.user_id,
      sessionId: session.id,
      apiTokenId: null,
      roles: new Map(session.school_ids.map((id, i) => [id, session.roles[i]!])),
      wroteLsn: session.wrote_lsn,
    };
  }

  private async authenticateApiToken(token: string): Promise<Viewer | null> {
    const apiToken = await this.repos.apiTokens.use(sha256(token));
    return apiToken
      ? {
          userId: apiToken.user_id,
          sessionId: null,
          apiTokenId: apiToken.id,
          wroteLsn: apiToken.wrote_lsn,
        }
      : null;
  }
}

/** A new session for the user; its token goes to the client once. */
export async function startSession(sessions: SessionRepository, userId: string): Promise<string> {
  const token = newSecret(SESSION_PREFIX);
  await sessions.start(userId, sha256(token), new Date(Date.now() + SESSION_TTL_MS));
  return token;
}
