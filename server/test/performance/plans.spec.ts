import { invitationListSql } from '../../src/modules/invitations/invitation-list-sql';
import { useTestApp } from '../harness';
import { seedInvitationsInBulk } from '../../bench/seed-bulk';
import { rowsRead, type AnalyzedPlan } from '../../bench/guards';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe('query plans on a seeded table (40 000 invitations)', () => {
  const app = useTestApp();
  let school: string;
  let creatorName: string;

  beforeAll(async () => {
    const seeded = await seedInvitationsInBulk((text, params) => app.db.query(text, params), {
      big: 20_000,
      spread: 20_000,
      schools: 100,
      creators: 400,
    });
    school = seeded.bigSchoolId;
    creatorName = seeded.creatorNames[7]!;
    // Statistics from every row rather than a random sample of them, so the planner sees the same
    // table on every run and these plans do not change from one run to the next.
    const runner = app.db.createQueryRunner();
    try {
      await runner.query(`SET default_statistics_target = 10000`);
      await runner.query(`ANALYZE invitations`);
    } finally {
      await runner.query(`RESET default_statistics_target`);
      await runner.release();
    }
  }, 120_000);

  const explain = async (query: Parameters<typeof invitationListSql>[1]) => {
    const { page } = invitationListSql(school, query);
    const [row] = await app.db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${page.text}`, page.params);
    return nodes(row['QUERY PLAN'][0].Plan as PlanNode);
  };
  /**
   * The plan the API runs: prepared once, with the generic plan (database/statements.ts), made
   * without the values, so it must read well for any of them.
   */
  const explainPrepared = async (query: Parameters<typeof invitationListSql>[1]) => {
    const { page } = invitationListSql(school, query);
    const runner = app.db.createQueryRunner();
    try {
      await runner.query(`SET plan_cache_mode = force_generic_plan`);
      await runner.query(`PREPARE page AS ${page.text}`);
      const literals = page.params.map((value) => `'${String(value).replace(/'/g, "''")}'`);
      const [row] = await runner.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE page(${literals.join(', ')})`,
      );
      return nodes(row['QUERY PLAN'][0].Plan as PlanNode);
    } finally {
      await runner.query(`DEALLOCATE ALL`);
      await runner.query(`RESET plan_cache_mode`);
      await runner.release();
    }
  };
  /** Invitation rows PostgreSQL read and threw away: a plan that scans the school shows thousands. */
  const rowsFiltered = (plan: PlanNode[]) =>
    plan
      .filter((n) => n['Relation Name'] === 'invitations')
      .reduce(
        (sum, n) => sum + ((n as unknown as Record<string, number>)['Rows Removed by Filter'] ?? 0),
        0,
      );
  /** Rows PostgreSQL took from invitations in any scan, as the benchmark's guard counts them. */
  const rowsReadFromInvitations = (plan: PlanNode[]) =>
    rowsRead(plan[0] as AnalyzedPlan, 'invitations');
  const seqScansOfInvitations = (plan: PlanNode[]) =>
    plan.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'invitations');
  const indexes = (plan: PlanNode[]) => plan.map((n) => n['Index Name']).filter(Boolean);

  it('reads the first page from the (school, seq) index, not by scanning', async () => {
    const plan = await explain({ first: 20 });
    expect(seqScansOfInvitations(plan)).toEqual([]);
    expect(indexes(plan)).toContain('invitations_school_seq');
  });

  it('jumps to a deep page through the keyset, not by skipping rows', async () => {
    const plan = await explain({ first: 20, after: '5000' });
    expect(seqScansOfInvitations(plan)).toEqual([]);
    expect(indexes(plan)).toContain('invitations_school_seq');
  });

  it('answers a rare search term from the trigram, creator and token indexes', async () => {
    for (const search of [creatorName.slice(-12), 'QZ7K', 'abcdef1234']) {
      const plan = await explain({ first: 20, search });
      expect({
        search,
        seqScans: seqScansOfInvitations(plan),
        wasted: rowsFiltered(plan) < 1000,
      }).toEqual({ search, seqScans: [], wasted: true });
    }
  });

  it('answers a pasted link from the token trigram index, and the start of one from the token prefix index', async () => {
    const [{ token }] = await app.db.query(
      `SELECT token FROM invitations WHERE school_id = $1 LIMIT 1`,
      [school],
    );
    for (const [search, index] of [
      [`http://school.test/invite/${token}`, 'invitations_token_trgm'],
      [token.slice(0, 4), 'invitations_token_prefix'],
    ] as const) {
      const plan = await explain({ first: 20, search });
      const found = {
        search,
        seqScans: seqScansOfInvitations(plan),
        usesIndex: indexes(plan).includes(index),
        wasted: rowsFiltered(plan) < 1000,
      };
      expect(found).toEqual({ search, seqScans: [], usesIndex: true, wasted: true });
    }
  });

  it('answers a rare piece from the middle of a link from the token trigram index', async () => {
    // The school's oldest invitation: a plan that walks the school newest-first would read all of it.
    const [{ token }] = await app.db.query(
      `SELECT token FROM invitations WHERE school_id = $1 ORDER BY seq LIMIT 1`,
      [school],
    );
    const plan = await explain({ first: 20, search: token.slice(7, 17) });
    expect(seqScansOfInvitations(plan)).toEqual([]);
    expect(indexes(plan)).toContain('invitations_token_trgm');
    expect(rowsFiltered(plan)).toBeLessThan(1000);
  });

  it('finds the newest matches of a common term without reading the whole school', async () => {
    const plan = await explain({ first: 20, search: 'creator' });
    expect(seqScansOfInvitations(plan)).toEqual([]);
    expect(rowsReadFromInvitations(plan)).toBeLessThan(1000);
  });

  it('reads a bounded number of rows for a creator name, however many of the school it matches', async () => {
    // Every creator, one of them, a short piece many names share, and nobody: the name arm's cost
    // must not depend on the planner guessing how many invitations those people made.
    for (const search of ['creator', creatorName.slice(-12), 'or', 'nobody by this name']) {
      const plan = await explain({ first: 20, search });
      expect({ search, rows: rowsReadFromInvitations(plan) < 1000 }).toEqual({
        search,
        rows: true,
      });
    }
  });

  it('prepared once, reads a bounded number of rows for every kind of term', async () => {
    // Terms of one or two characters walk the school's newest rows until a page of matches: in
    // this seed's codes two symbols come once in 25, so some hundreds of rows of a school of 20 000.
    const [{ token }] = await app.db.query(
      `SELECT token FROM invitations WHERE school_id = $1 ORDER BY seq LIMIT 1`,
      [school],
    );
    const terms = [
      'creator',
      creatorName.slice(-12),
      'or',
      'nobody by this name',
      'QZ7K',
      'ab',
      'a',
      token.slice(0, 4),
      token.slice(7, 17),
      `http://school.test/invite/${token}`,
    ];
    for (const search of terms) {
      for (const after of [null, '5000']) {
        const plan = await explainPrepared({ first: 20, search, after });
        expect({ search, after, rows: rowsReadFromInvitations(plan) < 2000 }).toEqual({
          search,
          after,
          rows: true,
        });
      }
    }
  });
});
