import type { SchoolRole } from '@school-invites/shared';
import type { EntityManager } from 'typeorm';
import { readRows } from '../../database/statements';
import { SessionEntity } from './session.entity';

export interface LiveSession {
  id: string;
  user_id: string;
  last_seen_at: Date;
  /** The schools the user belongs to, and their role in each (same order). */
  school_ids: string[];
  roles: SchoolRole[];
  /** The user's latest write's WAL position; read only when a replica serves lists. */
  wrote_lsn?: string | null;
}

/** Every statement about browser and API sign-ins. Tokens are only ever handled as their SHA-256. */
export class SessionRepository {
  constructor(
    private readonly db: EntityManager,
    /** With a read replica, the session's statement also reads the user's latest write. */
    private readonly withWriteMark = false,
  ) {}

  async start(userId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
    await this.db.getRepository(SessionEntity).insert({ userId, tokenHash, expiresAt });
  }

  async findLive(tokenHash: Buffer): Promise<LiveSession | undefined> {
    const rows = await readRows<LiveSession>(
      this.db,
      `SELECT s.id, s.user_id, s.last_seen_at,
              coalesce(m.school_ids, '{}') AS school_ids, coalesce(m.roles, '{}') AS roles${
                this.withWriteMark
                  ? `, (SELECT wrote_lsn::text FROM users WHERE id = s.user_id) AS wrote_lsn`
                  : ''
              }
         FROM sessions s
         LEFT JOIN LATERAL (
           SELECT array_agg(school_id) AS school_ids, array_agg(role) AS roles
             FROM memberships WHERE user_id = s.user_id) m ON true
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
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
