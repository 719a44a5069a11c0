import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { GroupKind, SchoolRole } from '@school-invites/shared';
import { hashPassword } from '../src/auth/passwords';
import { newSecret, sha256 } from '../src/auth/secrets';
import { SESSION_PREFIX } from '../src/modules/sessions/auth.service';
import type { Services } from '../src/services';
import { requestScope } from '../src/graphql/context';

export const SEED_PASSWORD = 'correct horse battery staple';

export interface SeedUser {
  id: string;
  name: string;
  email: string;
  /** A live session token for this user. */
  token: string;
}

export interface SeedInvitation {
  id: string;
  code: string;
  token: string;
  schoolId: string;
}

export interface SeedGroup {
  id: string;
  name: string;
  schoolId: string;
}

export interface SeedSchool {
  id: string;
  slug: string;
  name: string;
  owner: SeedUser;
}

let passwordHash: Promise<string> | null = null;
const unique = () => randomBytes(5).toString('hex');

/** Builds test data straight into the database, with unique names so tests never collide. */
export class Seed {
  constructor(
    private readonly db: DataSource,
    private readonly services: Services,
  ) {}

  async user(options: { name?: string; email?: string } = {}): Promise<SeedUser> {
    passwordHash ??= hashPassword(SEED_PASSWORD);
    const id = unique();
    const name = options.name ?? `User ${id}`;
    const email = options.email ?? `user-${id}@example.org`;
    const [row] = await this.db.query(
      `INSERT INTO users (name, email, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [name, email, await passwordHash],
    );
    const token = newSecret(SESSION_PREFIX);
    await this.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 days')`,
      [row.id, sha256(token)],
    );
    return { id: row.id, name, email, token };
  }

  /** Many users at once, each with a session; for concurrency tests. */
  async users(count: number): Promise<SeedUser[]> {
    passwordHash ??= hashPassword(SEED_PASSWORD);
    const batch = unique();
    const rows: { id: string; name: string; email: string }[] = await this.db.query(
      `INSERT INTO users (name, email, password_hash)
       SELECT 'Pupil ' || n || ' ' || $1, 'pupil-' || n || '-' || $1 || '@example.org', $2
         FROM generate_series(1, $3) AS n RETURNING id, name, email`,
      [batch, await passwordHash, count],
    );
    const tokens = rows.map(() => newSecret(SESSION_PREFIX));
    await this.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at)
       SELECT u, h, now() + interval '30 days' FROM unnest($1::uuid[], $2::bytea[]) AS t(u, h)`,
      [rows.map((r) => r.id), tokens.map(sha256)],
    );
    return rows.map((row, i) => ({ ...row, token: tokens[i]! }));
  }

  async invitation(
    school: SeedSchool,
    options: {
      creator?: SeedUser;
      role?: SchoolRole;
      label?: string;
      maxUses?: number;
      expiresAt?: Date;
      groups?: SeedGroup[];
    } = {},
  ): Promise<SeedInvitation> {
    const creator = options.creator ?? school.owner;
    const viewer = await this.services.auth.authenticate(creator.token);
    const row = await this.services.invitations.create(requestScope(this.services, viewer).access, {
      schoolId: school.id,
      role: options.role ?? null,
      label: options.label ?? null,
      maxUses: options.maxUses ?? null,
      expiresAt: options.expiresAt ?? null,
      groupIds: (options.groups ?? []).map((group) => group.id),
    });
    return { id: row.id, code: row.code, token: row.token, schoolId: school.id };
  }

  async school(options: { owner?: SeedUser; name?: string } = {}): Promise<SeedSchool> {
    const owner = options.owner ?? (await this.user({ name: `Owner ${unique()}` }));
    const name = options.name ?? `School ${unique()}`;
    const viewer = await this.services.auth.authenticate(owner.token);
    const school = await this.services.schools.create(requestScope(this.services, viewer).access, {
      name,
    });
    return { id: school.id, slug: school.slug, name, owner };
  }

  /** A new user (or `user`) who belongs to `school` with `role`. */
  async member(school: SeedSchool, role: SchoolRole, user?: SeedUser): Promise<SeedUser> {
    const member = user ?? (await this.user({ name: `${role.toLowerCase()} ${unique()}` }));
    await this.db.query(`INSERT INTO memberships (school_id, user_id, role) VALUES ($1, $2, $3)`, [
      school.id,
      member.id,
      role,
    ]);
    return member;
  }

  /** A group of `school`, made by its owner; `leaders` must be members (TEACHER or above). */
  async group(
    school: SeedSchool,
    options: { name?: string; capacity?: number; leaders?: SeedUser[]; kind?: GroupKind } = {},
  ): Promise<SeedGroup> {
    const name = options.name ?? `Class ${unique()}`;
    const leaderIds: string[] = [];
    for (const leader of options.leaders ?? [])
      leaderIds.push(await this.membershipId(school, leader));
    const viewer = await this.services.auth.authenticate(school.owner.token);
    const row = await this.services.groups.create(requestScope(this.services, viewer).access, {
      schoolId: school.id,
      name,
      kind: options.kind ?? 'CLASS',
      capacity: options.capacity ?? null,
      leaderIds,
    });
    return { id: row.id, name, schoolId: school.id };
  }

  /** Puts `members` (members of `school`) into `group`, as the school's owner would. */
  async groupMembers(school: SeedSchool, group: SeedGroup, members: SeedUser[]): Promise<void> {
    const membershipIds: string[] = [];
    for (const member of members) membershipIds.push(await this.membershipId(school, member));
    const viewer = await this.services.auth.authenticate(school.owner.token);
    const { access, loaders } = requestScope(this.services, viewer);
    await this.services.groups.addMembers(access, loaders, group.id, membershipIds);
  }

  /** The id of `user`'s membership of `school`. */
  async membershipId(school: { id: string }, user: { id: string }): Promise<string> {
    const [row] = await this.db.query(
      `SELECT id FROM memberships WHERE school_id = $1 AND user_id = $2`,
      [school.id, user.id],
    );
    if (!row) throw new Error('not a member of that school');
    return row.id as string;
  }
}
