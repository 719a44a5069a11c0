export type Query = (text: string, params?: unknown[]) => Promise<any[]>;

export interface BulkOptions {
  /** Invitations in the one large school. */
  big: number;
  /** Invitations spread over the other schools. */
  spread: number;
  schools: number;
  /** Users who create invitations (admins), spread over the schools. */
  creators: number;
  /** Users with sessions who can join: their tokens are `sis_bench<n>`. */
  joiners?: number;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 50_000;

/**
 * Many invitations fast and deterministically, in SQL: codes and tokens derive from md5 so they
 * are unique and valid for the table's constraints (the check character is not needed here).
 * Tokens are 18 bytes in base64url, as the product makes them, so the trigram index on tokens
 * has the size and selectivity it has in production (md5 hex has 16 letters, base64url 64).
 */
export async function seedInvitationsInBulk(query: Query, options: BulkOptions) {
  const [owner] = await query(
    `INSERT INTO users (name, email, password_hash) VALUES ('Bulk Owner', 'bulk-owner@example.org', 'x') RETURNING id`,
  );
  const creators: { id: string; name: string }[] = await query(
    `INSERT INTO users (name, email, password_hash)
     SELECT 'Creator ' || n || ' ' || md5(n::text), 'creator-' || n || '@example.org', 'x' FROM generate_series(1, $1) n
     RETURNING id, name`,
    [options.creators],
  );
  const schools: { id: string }[] = await query(
    `INSERT INTO schools (name, slug, created_by)
     SELECT 'Bulk school ' || n, 'bulk-school-' || n, $1 FROM generate_series(0, $2) n RETURNING id`,
    [owner.id, options.schools],
  );
  const creatorIds = creators.map((c) => c.id);
  const schoolIds = schools.map((s) => s.id);
  // Creators are admins of the school they create in.
  await query(
    `INSERT INTO memberships (school_id, user_id, role)
     SELECT DISTINCT ON (s, c) s, c, 'ADMIN' FROM (
       SELECT CASE WHEN n % 4 = 0 THEN ($1::uuid[])[1] ELSE ($1::uuid[])[2 + (n % (array_length($1::uuid[], 1) - 1))] END AS s,
              ($2::uuid[])[1 + (n % array_length($2::uuid[], 1))] AS c
         FROM generate_series(0, $3::int * 4) n) pairs
     ON CONFLICT DO NOTHING`,
    [schoolIds, creatorIds, options.creators],
  );
  const total = options.big + options.spread;
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await query(
      `INSERT INTO invitations (school_id, token, code, role, label, created_by, max_uses, expires_at)
       SELECT CASE WHEN n <= $1::int THEN ($2::uuid[])[1] ELSE ($2::uuid[])[2 + (n % (array_length($2::uuid[], 1) - 1))] END,
              translate(encode(decode(md5('token' || n) || substr(md5('token:' || n), 1, 4), 'hex'), 'base64'), '+/', '-_'),
              translate(upper(substr(md5('code' || n), 1, 11)), '01', 'XY'),
              'STUDENT', 'Label ' || (n % 50),
              ($3::uuid[])[1 + (n % array_length($3::uuid[], 1))],
              CASE WHEN n % 3 = 0 THEN 30 END,
              CASE WHEN n % 5 = 0 THEN now() - interval '1 day' WHEN n % 5 = 1 THEN now() + interval '30 days' END
         FROM generate_series($4::int, $5::int) n`,
      [options.big, schoolIds, creatorIds, from, to],
    );
    options.onProgress?.(to, total);
  }
  if (options.joiners) await seedJoiners(query, options.joiners, 'bench');
  await query(`ANALYZE`);
  return {
    bigSchoolId: schoolIds[0]!,
    smallSchoolId: schoolIds.at(-1)!,
    creatorNames: creators.map((c) => c.name),
    schoolIds,
  };
}

/** Users with sessions, who can join schools: their tokens are `sis_<prefix><n>`, from 1. */
export async function seedJoiners(query: Query, count: number, prefix: string) {
  const joiners: { id: string }[] = await query(
    `INSERT INTO users (name, email, password_hash)
     SELECT 'Joiner ' || $2 || n, $2 || '-joiner-' || n || '@example.org', 'x' FROM generate_series(1, $1) n RETURNING id`,
    [count, prefix],
  );
  await query(
    `INSERT INTO sessions (user_id, token_hash, expires_at)
     SELECT u, sha256(convert_to('sis_' || $2 || i, 'UTF8')), now() + interval '30 days'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, i)`,
    [joiners.map((j) => j.id), prefix],
  );
}

/**
 * A school organised in classes: 1 000 groups (40 year groups of 25 classes), each with 30
 * students and led by `leaderId`, and one invitation into each group with a code from `codes`
 * (valid, typed codes), for the scenarios that list groups, make a term's batch and join a class.
 */
export async function seedGroups(
  query: Query,
  schoolId: string,
  leaderId: string,
  codes: string[],
) {
  const groups: { id: string }[] = await query(
    `INSERT INTO groups (school_id, name, kind, capacity, created_by)
     SELECT $1, 'Year ' || (1 + n / 25) || ' class ' || (1 + n % 25), 'CLASS',
            CASE WHEN n % 2 = 0 THEN 100000 END, $2
       FROM generate_series(0, $3::int - 1) n ORDER BY n RETURNING id`,
    [schoolId, leaderId, codes.length],
  );
  const groupIds = groups.map((g) => g.id);
  await query(
    `INSERT INTO group_leaders (group_id, membership_id)
     SELECT g, (SELECT id FROM memberships WHERE school_id = $1 AND user_id = $2) FROM unnest($3::uuid[]) g`,
    [schoolId, leaderId, groupIds],
  );
  const students: { id: string }[] = await query(
    `WITH u AS (
       INSERT INTO users (name, email, password_hash)
       SELECT 'Student ' || n, 'student-' || n || '@example.org', 'x' FROM generate_series(1, $2::int * 30) n RETURNING id)
     INSERT INTO memberships (school_id, user_id, role) SELECT $1, id, 'STUDENT' FROM u RETURNING id`,
    [schoolId, groupIds.length],
  );
  await query(
    `INSERT INTO group_members (group_id, membership_id)
     SELECT ($1::uuid[])[1 + (k - 1) / 30], m FROM unnest($2::uuid[]) WITH ORDINALITY AS t(m, k)`,
    [groupIds, students.map((s) => s.id)],
  );
  const invitations: { id: string; code: string }[] = await query(
    `INSERT INTO invitations (school_id, token, code, role, created_by)
     SELECT $1, 'group-token-' || k, c, 'STUDENT', $2 FROM unnest($3::text[]) WITH ORDINALITY AS t(c, k)
     ON CONFLICT DO NOTHING RETURNING id, code`,
    [schoolId, leaderId, codes],
  );
  await query(
    `INSERT INTO invitation_groups (invitation_id, group_id)
     SELECT i, ($2::uuid[])[k] FROM unnest($1::uuid[]) WITH ORDINALITY AS t(i, k)`,
    [invitations.map((i) => i.id), groupIds],
  );
  return { ids: groupIds, codes: invitations.map((i) => i.code) };
}
