import type { AddressInfo } from 'node:net';
import { createDataSource } from '../../database/data-source';
import { createApp, type App } from '../../http/app';
import { createLogger } from '../../logger';
import { testConfig, useTestApp } from '../../../test/harness';
import type { SeedSchool } from '../../../test/seed';
import { csvCell } from './invitation-csv';

/** A minimal RFC 4180 reader, enough to read back what the export wrote (its BOM dropped). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('invitation list as CSV', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let server: App;
  let base: string;
  let school: SeedSchool;
  const source = { db: null as ReturnType<typeof createDataSource> | null };

  beforeAll(async () => {
    source.db = createDataSource({
      url: app.url,
      poolSize: 4,
      statementTimeoutMs: 5000,
      poolAcquireTimeoutMs: 5000,
    });
    await source.db.initialize();
    server = await createApp({
      config: testConfig({ rateLimits: { ...testConfig().rateLimits, enabled: false } }),
      dataSource: source.db,
      databaseUrl: app.url,
      logger: createLogger('silent'),
    });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    school = await app.seed.school();
  });

  afterAll(async () => {
    await server.stop();
    await source.db?.destroy();
  });

  const download = (params: Record<string, string>, token: string | null) =>
    fetch(`${base}/api/invitations.csv?${new URLSearchParams(params)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('escapes cells a spreadsheet would run as formulas, and quotes what CSV needs quoted', () => {
    expect(
      ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain', 'a,b', 'say "hi"'].map(csvCell),
    ).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", 'plain', '"a,b"', '"say ""hi"""']);
  });

  it('streams every invitation matching the filters, with groups and a safe label', async () => {
    const group = await app.seed.group(school, { name: 'Year 7, Maple' });
    const inGroup = await app.seed.invitation(school, {
      groups: [group],
      label: '=HYPERLINK("http://evil.example")',
    });
    for (let i = 0; i < 3; i++) await app.seed.invitation(school, { label: `Other ${i}` });

    const all = await download({ schoolId: school.id }, school.owner.token);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(all.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="invitations-${school.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const bytes = Buffer.from(await all.arrayBuffer());
    // A byte order mark first, so spreadsheet programs read names with accents as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]).toEqual([
      'code',
      'link',
      'groups',
      'role',
      'label',
      'status',
      'uses',
      'max uses',
      'expires at',
      'created at',
      'created by',
    ]);
    expect(rows).toHaveLength(1 + 4);

    const filtered = parseCsv(
      await (await download({ schoolId: school.id, groupId: group.id }, school.owner.token)).text(),
    );
    expect(filtered).toHaveLength(2);
    expect(filtered[1]).toEqual([
      inGroup.code,
      `http://school.test/invite/${inGroup.token}`,
      'Year 7, Maple',
      'STUDENT',
      `'=HYPERLINK("http://evil.example")`,
      'ACTIVE',
      '0',
      '',
      '',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      school.owner.name,
    ]);
  });

  it('pages through a list longer than one page', async () => {
    const big = await app.seed.school();
    await app.db.query(
      `INSERT INTO invitations (school_id, token, code, role, created_by)
       SELECT $1, 'tok' || n || md5(random()::text), 'AB' || translate(lpad(n::text, 9, '0'), '01', 'XY'), 'STUDENT', $2
         FROM generate_series(1, 1203) AS n`,
      [big.id, big.owner.id],
    );
    const text = await (await download({ schoolId: big.id }, big.owner.token)).text();
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1 + 1203);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(1203);
  });

  it('refuses as the API does, with a status and a code, never half a file', async () => {
    const student = await app.seed.member(school, 'STUDENT');
    const outsider = (await app.seed.school()).owner;
    const cases: [Record<string, string>, string | null, number, string][] = [
      [{ schoolId: school.id }, null, 401, 'UNAUTHENTICATED'],
      [{ schoolId: school.id }, student.token, 403, 'FORBIDDEN'],
      [{ schoolId: school.id }, outsider.token, 404, 'NOT_FOUND'],
      [{ schoolId: 'nope' }, school.owner.token, 404, 'NOT_FOUND'],
      [{ schoolId: school.id, status: 'LOST' }, school.owner.token, 400, 'BAD_USER_INPUT'],
      [{ schoolId: school.id, groupId: 'x' }, school.owner.token, 400, 'BAD_USER_INPUT'],
    ];
    for (const [params, token, status, code] of cases) {
      const response = await download(params, token);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect({ params, status: response.status, code: body.errors[0]!.extensions.code }).toEqual({
        params,
        status,
        code,
      });
    }
  });

  it("lets a class's leader export the invitations into their classes, and only those", async () => {
    const leader = await app.seed.member(school, 'TEACHER');
    const own = await app.seed.group(school, { leaders: [leader] });
    const other = await app.seed.group(school);
    const mine = await app.seed.invitation(school, { groups: [own] });
    await app.seed.invitation(school, { groups: [own, other] });
    const rows = parseCsv(
      await (await download({ schoolId: school.id, groupId: own.id }, leader.token)).text(),
    );
    expect(rows.slice(1).map((row) => row[0])).toEqual([mine.code]);
    const everything = parseCsv(
      await (await download({ schoolId: school.id }, leader.token)).text(),
    );
    expect(everything.slice(1).map((row) => row[0])).toEqual([mine.code]);
    expect((await download({ schoolId: school.id, groupId: other.id }, leader.token)).status).toBe(
      403,
    );
  });
});
