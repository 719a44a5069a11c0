import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { inOrderOf, isUuid } from '../../database/ids';
import { UserEntity } from './user.entity';

export interface NewUser {
  name: string;
  email: string;
  passwordHash: string;
}

/** Every statement about people's accounts. Reads leave the password hash out unless they say so. */
export class UserRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Records that the user's writes so far end at the primary's current WAL position (run after
   * they committed): their next lists read the replica only once it has replayed that far.
   */
  async markWrite(userId: string): Promise<void> {
    await this.db.query(`UPDATE users SET wrote_lsn = pg_current_wal_insert_lsn() WHERE id = $1`, [
      userId,
    ]);
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = ANY(:ids)', { ids: valid })
      .getMany();
  }

  /** The account that owns the address, matched case-insensitively. */
  findOwner(email: string): Promise<UserEntity | null> {
    return this.withEmail(email, true).getOne();
  }

  /** The account that owns the address, with its password hash. */
  findOwnerWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.withEmail(email, true).addSelect('u.passwordHash').getOne();
  }

  /** The newest accounts signed up with the address after it was owned, with password hashes. */
  findNonOwnersWithPasswordHash(email: string, limit: number): Promise<UserEntity[]> {
    return this.withEmail(email, false)
      .addSelect('u.passwordHash')
      .orderBy('u.createdAt', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Accounts with the address (case-insensitively) that own it, or that do not. */
  private withEmail(email: string, owning: boolean) {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(`lower(u.email) = lower(:email) AND ${owning ? '' : 'NOT '}u.ownsEmail`, { email });
  }

  /** Marks the address verified, if it is still the user's address and the user owns it. */
  async markEmailVerified(userId: string, email: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH verified AS (
         UPDATE users SET email_verified_at = coalesce(email_verified_at, now())
          WHERE id = $1 AND owns_email AND lower(email) = lower($2) RETURNING id)
       SELECT id FROM verified`,
      [userId, email],
    );
    return rows.length > 0;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
      userId,
      passwordHash,
    ]);
  }

  /** The account's identity and verification, for a redemption's domain rule. */
  async emailOf(userId: string): Promise<{ email: string; verified: boolean } | undefined> {
    const [row] = await this.db.query<{ email: string; verified: boolean }[]>(
      `SELECT email, email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1`,
      [userId],
    );
    return row;
  }

  /**
   * A new account. It owns its address unless an account already does; then it is made all the
   * same, without the address (one statement each, so two sign-ups racing for a free address
   * leave exactly one owner).
   */
  async insert(user: NewUser): Promise<UserEntity> {
    const values = [user.name, user.email, user.passwordHash];
    const [owner] = await this.db.query<{ id: string }[]>(
      `INSERT INTO users (name, email, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (lower(email)) WHERE owns_email DO NOTHING RETURNING id`,
      values,
    );
    const [created] = owner
      ? [owner]
      : await this.db.query<{ id: string }[]>(
          `INSERT INTO users (name, email, password_hash, owns_email) VALUES ($1, $2, $3, false)
           RETURNING id`,
          values,
        );
    const [inserted] = await this.findByIds([created!.id]);
    return inserted!;
  }
}

/** Per request: the creators, revokers and members of a page are read in one statement. */
export function createUserLoaders(users: UserRepository) {
  return {
    user: new DataLoader<string, UserEntity | null>(async (ids) =>
      inOrderOf(ids, await users.findByIds(ids)),
    ),
  };
}

export type UserLoaders = ReturnType<typeof createUserLoaders>;
