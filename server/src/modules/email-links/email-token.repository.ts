import type { EntityManager } from 'typeorm';

export type EmailLinkPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

/** Every statement about the single-use links sent by email; tokens are stored as hashes. */
export class EmailTokenRepository {
  constructor(private readonly db: EntityManager) {}

  async insert(link: {
    userId: string;
    purpose: EmailLinkPurpose;
    email: string;
    tokenHash: Buffer;
    expiresAt: Date;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO email_tokens (user_id, purpose, email, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [link.userId, link.purpose, link.email, link.tokenHash, link.expiresAt],
    );
  }

  /**
   * Uses a link once: the first caller gets its user and address, any later or late one nothing,
   * even when two arrive together (the row lock decides).
   */
  async consume(
    tokenHash: Buffer,
    purpose: EmailLinkPurpose,
  ): Promise<{ user_id: string; email: string } | undefined> {
    const [row] = await this.db.query<{ user_id: string; email: string }[]>(
      `WITH used AS (
         UPDATE email_tokens SET used_at = now()
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
          RETURNING user_id, email)
       SELECT * FROM used`,
      [tokenHash, purpose],
    );
    return row;
  }

  /** Ends the user's other open links of one purpose (a reset ends every older reset link). */
  async expireAll(userId: string, purpose: EmailLinkPurpose): Promise<void> {
    await this.db.query(
      `UPDATE email_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }
}
