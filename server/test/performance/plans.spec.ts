import { invitationListSql } from '../../src/modules/invitations/invitation-list.sql';
import { encodeCursor } from '../../src/graphql/pagination';
import { useTestApp } from '../harness';
import { seedInvitationsInBulk } from '../../bench/seed-bulk';

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
    const seeded = await seedInvitationsInBulk((text, params) => app.db.query(text, params), { big: 20_000, spread: 20_000, schools: 100, creators: 400 });
    school = seeded.bigSchoolId;
    creatorName = seeded.creatorNames[7]!;
  }, 120_000);

  const explain = async (query: Parameters<typeof invitationListSql>[1]) => {
    const { page } = invitationListSql(school, query);
    const [row] = await app.db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${page.text}`, page.params);
    return nodes(row['QUERY PLAN'][0].Plan as PlanNode);
  };
  /** Rows PostgreSQL read and threw away: a plan that scans the school shows thousands. */
  const rowsFiltered = (plan: PlanNode[]) =>
    plan.reduce((sum, n) => sum + ((n as unknown as Record<string, number>)['Rows Removed by Filter'] ?? 0), 0);
  const seqScansOfInvitations = (plan: PlanNode[]) =>
    plan.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'invitations');
  const indexes = (plan: PlanNode[]) => plan.map((n) => n['Index Name']).filter(Boolean);

  it('reads the first page from the (school, seq) index, not by scanning', async () => {
    const plan = await explain({ first: 20 });
    expect(seqScansOfInvitations(plan)).toEqual([]);
    expect(indexes(plan)).toContain('invitations_school_seq');
  });

  it('jumps to a deep page through the keyset, not by skipping rows', async () => {
    const plan = await explain({ first: 20, after: encodeCursor('i', '5000') });
    expect(seqScansOfInvitations(plan)).toEqual([]);
    expect(indexes(plan)).toContain('invitations_school_seq');
  });

  it('answers a rare search term from the trigram, creator and token indexes', async () => {
    for (const search of [creatorName.slice(-12), 'QZ7K', 'abcdef1234']) {
      const plan = await explain({ first: 20, search });
      expect({ search, seqScans: seqScansOfInvitations(plan), wasted: rowsFiltered(plan) < 1000 }).toEqual({ search, seqScans: [], wasted: true });
    }
  });

  it('answers a pasted link from the token prefix index', async () => {
    const [{ token }] = await app.db.query(`SELECT token FROM invitations WHERE school_id = $1 LIMIT 1`, [school]);
    const plan = await explain({ first: 20, search: `http://school.test/invite/${token}` });
    expect(seqScansOfInvitations(plan)).toEqual([]);
    expect(indexes(plan)).toContain('invitations_token_prefix');
    expect(rowsFiltered(plan)).toBeLessThan(1000);
  });

  it('finds the newest matches of a common term without reading the whole school', async () => {
    const plan = await explain({ first: 20, search: 'creator' });
    expect(seqScansOfInvitations(plan)).toEqual([]);
  });
});
