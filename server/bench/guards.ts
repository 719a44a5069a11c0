import { existsSync, readFileSync } from 'node:fs';
import type { Results } from './report';

/** A node of EXPLAIN (ANALYZE, FORMAT JSON). */
export interface AnalyzedPlan {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: AnalyzedPlan[];
}

const SCANS = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);

/**
 * Rows a plan read from `relation`: every scan of it (bitmap heap scans included, which a plan
 * guard looking only for sequential scans misses), counting the rows its filters then dropped.
 */
export function rowsRead(plan: AnalyzedPlan, relation: string): number {
  const own =
    SCANS.has(plan['Node Type']) && plan['Relation Name'] === relation
      ? ((plan['Actual Rows'] ?? 0) +
          (plan['Rows Removed by Filter'] ?? 0) +
          (plan['Rows Removed by Index Recheck'] ?? 0)) *
        (plan['Actual Loops'] ?? 1)
      : 0;
  return own + (plan.Plans ?? []).reduce((sum, child) => sum + rowsRead(child, relation), 0);
}

/** The committed results for this size, when there are any. */
export function committedResults(file: string): Results | null {
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { results: Results }).results;
}

/**
 * What has grown against committed results: a read's statements per operation against `reference`
 * (any growth: they are exact, and the same at every size), and PostgreSQL CPU per operation against
 * `sameSize` (doubling: it is measured, and a shared machine is noisy). Scenarios, or measures,
 * a committed run does not have are skipped.
 */
export function growthAgainst(
  reference: Results | null,
  sameSize: Results | null,
  results: Results,
): string[] {
  const problems: string[] = [];
  for (const [name, now] of Object.entries(results.ladder)) {
    // Reads only: a write's statements depend on the data it meets (a joiner already a member).
    const before = reference?.ladder[name];
    if (before?.sql && now.statementsPerOperation > before.statementsPerOperation)
      problems.push(
        `${name}: ${now.statementsPerOperation} statements per operation (committed: ${before.statementsPerOperation})`,
      );
    const pgNow = now.graphql.pgCpuMsPerOp;
    const pgBefore = sameSize?.ladder[name]?.graphql.pgCpuMsPerOp;
    if (pgNow !== undefined && pgBefore !== undefined && pgBefore > 0 && pgNow > 2 * pgBefore)
      problems.push(
        `${name}: PostgreSQL CPU ${pgNow} ms per operation, over twice the committed ${pgBefore}`,
      );
  }
  return problems;
}
