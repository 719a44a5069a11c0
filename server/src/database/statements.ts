import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Whether each data source names its statements (PostgreSQL then parses and plans them once). */
const namedStatements = new WeakMap<DataSource, boolean>();

export function nameStatements(dataSource: DataSource, on: boolean): void {
  namedStatements.set(dataSource, on);
}

const MAX_NAMES = 2000;
const names = new Map<string, string>();

/** A statement's name: a digest of its text, so one name never stands for two texts. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `si_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs one read of a request's hot path straight through node-postgres: TypeORM's query runner
 * (a pooled runner per statement, its broadcaster and logging) cost more than the statement's
 * own client work. Outside a transaction the statement is named, so each connection parses and
 * plans it once (DATABASE_NAMED_STATEMENTS=false turns that off for a pooler that cannot keep
 * them, such as PgBouncer before 1.21 in transaction mode); a named statement may get a generic
 * plan after five runs, so one whose best plan depends on its values is not named. Inside a transaction it goes
 * through that transaction's runner, so it sees what the transaction wrote. The data source's
 * logger still sees every statement (tests count them).
 */
export async function readRows<T>(
  db: EntityManager,
  text: string,
  values: unknown[],
  /** The best plan depends on the values (a search term's rarity): plan it afresh each time. */
  { planPerValues = false } = {},
): Promise<T[]> {
  if (db.queryRunner) return db.query<T[]>(text, values);
  const source = db.connection;
  source.logger.logQuery(text, values);
  const pool = (source.driver as PostgresDriver).master as Pool;
  const result =
    namedStatements.get(source) && !planPerValues
      ? await pool.query<T & object>({ name: nameOf(text), text, values })
      : await pool.query<T & object>(text, values);
  return result.rows;
}
