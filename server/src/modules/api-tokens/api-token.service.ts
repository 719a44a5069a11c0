import { newSecret, sha256 } from '../../auth/secrets';
import type { Viewer } from '../../auth/viewer';
import { isUuid } from '../../database/ids';
import type { Repositories } from '../../database/repositories';
import { badInput, notFound } from '../../errors/app-error';
import { API_TOKEN_PREFIX } from '../sessions/auth.service';
import type { ApiTokenEntity } from './api-token.entity';

const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

export class ApiTokenService {
  constructor(private readonly repos: Repositories) {}

  async create(
    viewer: Viewer,
    name: string,
    expiresAt: Date | null | undefined,
  ): Promise<{ apiToken: ApiTokenEntity; secret: string }> {
    if (expiresAt && expiresAt.getTime() <= Date.now())
      throw badInput('expiresAt', 'must be in the future');
    const secret = newSecret(API_TOKEN_PREFIX);
    const apiToken = await this.repos.apiTokens.insert({
      userId: viewer.userId,
      name: name.trim(),
      prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
      tokenHash: sha256(secret),
      expiresAt: expiresAt ?? null,
    });
    return { apiToken, secret };
  }

  list(viewer: Viewer): Promise<ApiTokenEntity[]> {
    return this.repos.apiTokens.listOf(viewer.userId);
  }

  /** Revoking is immediate; revoking again returns the token unchanged. */
  async revoke(viewer: Viewer, id: string): Promise<ApiTokenEntity> {
    if (!isUuid(id)) throw notFound('API token');
    if (!(await this.repos.apiTokens.revoke(id, viewer.userId))) throw notFound('API token');
    return this.repos.apiTokens.findById(id);
  }
}
