import type { EntityManager } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';

export interface NewApiToken {
  userId: string;
  name: string;
  prefix: string;
  tokenHash: Buffer;
  expiresAt: Date | null;
}

/** Every statement about integrators' API tokens. The secret is only ever handled as its SHA-256. */
export class ApiTokenRepository {
  constructor(private readonly db: EntityManager) {}

  async insert(token: NewApiToken): Promise<ApiTokenEntity> {
    const tokens = this.db.getRepository(ApiTokenEntity);
    const saved = await tokens.save(tokens.create(token));
    return this.findById(saved.id);
  }

  findById(id: string): Promise<ApiTokenEntity> {
    return this.db.getRepository(ApiTokenEntity).findOneByOrFail({ id });
  }

  /** Newest first. */
  listOf(userId: string): Promise<ApiTokenEntity[]> {
    return this.db
      .getRepository(ApiTokenEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  /** False when `userId` has no such token. Revoking a revoked token keeps its first revocation time. */
  async revoke(id: string, userId: string): Promise<boolean> {
    const rows: { id: string }[] = await this.db.query(
      `WITH t AS (UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
                   WHERE id = $1 AND user_id = $2 RETURNING id)
       SELECT id FROM t`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /** The live token with this hash, marked used now; undefined when unknown, revoked or expired. */
  async use(
    tokenHash: Buffer,
  ): Promise<{ id: string; user_id: string; wrote_lsn: string | null } | undefined> {
    const rows: { id: string; user_id: string; wrote_lsn: string | null }[] = await this.db.query(
      `WITH t AS (
         UPDATE api_tokens SET last_used_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
         RETURNING id, user_id)
       SELECT id, user_id, (SELECT wrote_lsn::text FROM users WHERE id = t.user_id) AS wrote_lsn
         FROM t`,
      [tokenHash],
    );
    return rows[0];
  }
}
