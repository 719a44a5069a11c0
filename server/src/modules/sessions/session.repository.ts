import type { EntityManager } from 'typeorm';
import { readRows } from '../../database/statements';
import { SessionEntity } from './session.entity';

export interface LiveSession {
  id: string;
  user_id: string;
  last_seen_at: Date;
}

/** Every statement about browser and API sign-ins. Tokens are only ever handled as their SHA-256. */
export class SessionRepository {
  constructor(private readonly db: EntityManager) {}

  async start(userId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
    await this.db.getRepository(SessionEntity).insert({ userId, tokenHash, expiresAt });
  }

  async findLive(tokenHash: Buffer): Promise<LiveSession | undefined> {
    const rows = await readRows<LiveSession>(
      this.db,
      `SELECT id, user_id, last_seen_at FROM sessions WHERE token_hash = $1 AND expires_at > now()`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Slides the session: seen now, and valid for `ttlMs` from now. */
  async touch(id: string, ttlMs: number): Promise<void> {
    await this.db.query(
      `UPDATE sessions SET last_seen_at = now(), expires_at = now() + $2 * interval '1 millisecond' WHERE id = $1`,
      [id, ttlMs],
    );
  }

  async end(id: string, userId: string): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ id, userId });
  }

  /** Ends every session of the user (after a password reset). */
  async endAll(userId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }
}
