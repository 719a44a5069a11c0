import type { DataSource } from 'typeorm';
import { newSecret, sha256 } from '../../auth/secrets';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../errors/app-error';
import { isUuid } from '../../graphql/loaders';
import { API_TOKEN_PREFIX } from '../sessions/auth.service';
import { ApiTokenEntity } from './api-token.entity';

const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

export class ApiTokenService {
  constructor(private readonly db: DataSource) {}

  async create(viewer: Viewer, name: string, expiresAt: Date | null | undefined) {
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw badInput('expiresAt', 'must be in the future');
    const secret = newSecret(API_TOKEN_PREFIX);
    const repository = this.db.getRepository(ApiTokenEntity);
    const saved = await repository.save(
      repository.create({
        userId: viewer.userId,
        name: name.trim(),
        prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
        tokenHash: sha256(secret),
        expiresAt: expiresAt ?? null,
      }),
    );
    const apiToken = await repository.findOneByOrFail({ id: saved.id });
    return { apiToken, secret };
  }

  list(viewer: Viewer) {
    return this.db.getRepository(ApiTokenEntity).find({
      where: { userId: viewer.userId },
      order: { createdAt: 'DESC' },
    });
  }

  /** Revoking is immediate; revoking again returns the token unchanged. */
  async revoke(viewer: Viewer, id: string) {
    if (!isUuid(id)) throw notFound('API token');
    const rows: { id: string }[] = await this.db.query(
      `WITH t AS (UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
                   WHERE id = $1 AND user_id = $2 RETURNING id)
       SELECT id FROM t`,
      [id, viewer.userId],
    );
    if (rows.length === 0) throw notFound('API token');
    return this.db.getRepository(ApiTokenEntity).findOneByOrFail({ id });
  }
}
