import type { DataSource } from 'typeorm';

/**
 * Many invitations fast, in SQL: `big` in one school and `spread` over `schools` other schools,
 * created by `creators` users. Codes and tokens are derived from md5 so they are deterministic,
 * unique and valid for the table's constraints (the check character is not needed here).
 */
export async function seedInvitationsInBulk(
  db: DataSource,
  options: { big: number; spread: number; schools: number; creators: number },
): Promise<{ bigSchoolId: string; creatorNames: string[] }> {
  const [owner] = await db.query(
    `INSERT INTO users (name, email, password_hash) VALUES ('Bulk Owner', 'bulk-owner@example.org', 'x') RETURNING id`,
  );
  const creators: { id: string; name: string }[] = await db.query(
    `INSERT INTO users (name, email, password_hash)
     SELECT 'Creator ' || n || ' ' || md5(n::text), 'creator-' || n || '@example.org', 'x' FROM generate_series(1, $1) n
     RETURNING id, name`,
    [options.creators],
  );
  const schools: { id: string }[] = await db.query(
    `INSERT INTO schools (name, slug, created_by)
     SELECT 'Bulk school ' || n, 'bulk-school-' || n, $1 FROM generate_series(0, $2) n RETURNING id`,
    [owner.id, options.schools],
  );
  const creatorIds = creators.map((c) => c.id);
  const schoolIds = schools.map((s) => s.id);
  await db.query(
    `INSERT INTO invitations (school_id, token, code, role, label, created_by, max_uses, expires_at)
     SELECT CASE WHEN n <= $1::int THEN ($3::uuid[])[1] ELSE ($3::uuid[])[2 + (n % (array_length($3::uuid[], 1) - 1))] END,
            substr(md5('token' || n), 1, 24),
            translate(upper(substr(md5('code' || n), 1, 11)), '01', 'XY'),
            'STUDENT', 'Label ' || (n % 50),
            ($4::uuid[])[1 + (n % array_length($4::uuid[], 1))],
            CASE WHEN n % 3 = 0 THEN 30 END,
            CASE WHEN n % 5 = 0 THEN now() - interval '1 day' WHEN n % 5 = 1 THEN now() + interval '30 days' END
       FROM generate_series(1, $1::int + $2::int) n`,
    [options.big, options.spread, schoolIds, creatorIds],
  );
  await db.query(`ANALYZE`);
  return { bigSchoolId: schoolIds[0]!, creatorNames: creators.map((c) => c.name) };
}
