import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { rowTypes } from './timestamps';

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
 * The connections named statements run on, one pool beside each data source's own, always using
 * a statement's generic plan: made once per connection, where PostgreSQL would otherwise plan
 * a search afresh on every call (its estimates make a generic plan of a search look costlier
 * than it is, so it never switches on its own). Only statements whose every value reads the same
 * way are named: the searches decide their way of reading from the term's length in the text
 * itself (see invitation-list-sql.ts). Measured on a 100 000-invitation school, 16 clients: a rare
 * search's PostgreSQL CPU fell from 1.17 to 0.26 ms per call. Its rows' timestamps are read by
 * position (timestamps.ts).
 */
const preparedPools = new WeakMap<DataSource, Pool>();

function preparedPool(source: DataSource): Pool {
  let pool = preparedPools.get(source);
  if (!pool) {
    const own = (source.driver as PostgresDriver).master as Pool;
    const startup = [own.options.options, '-c plan_cache_mode=force_generic_plan'];
    pool = new Pool({
      ...own.options,
      options: startup.filter(Boolean).join(' '),
      types: rowTypes,
    });
    // A connection that breaks while idle is dropped and replaced; the next read reports it.
    pool.on('error', (error) => {
      source.logger.log('warn', `prepared pool: ${error.message}`);
    });
    preparedPools.set(source, pool);
  }
  return pool;
}

/** Ends `source`'s prepared-statement pool, if it opened one (createDataSource wires it to destroy()). */
export async function closePreparedPool(source: DataSource): Promise<void> {
  const pool = preparedPools.get(source);
  preparedPools.delete(source);
  await pool?.end();
}

/**
 * Runs one read of a request's hot path straight through node-postgres: TypeORM's query runner
 * (a pooled runner per statement, its broadcaster and logging) cost more than the statement's
 * own client work. Outside a transaction the statement is named and runs on the prepared pool
 * above (DATABASE_NAMED_STATEMENTS=false turns that off for a pooler that cannot keep them, such
 * as PgBouncer before 1.21 in transaction mode), so its plan must suit every value it is given.
 * Inside a transaction it goes through that transaction's runner, so it sees what the
 * transaction wrote. The data source's logger still sees every statement (tests count them).
 */
export async function readRows<T>(
  db: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  if (db.queryRunner) return db.query<T[]>(text, values);
  const source = db.connection;
  source.logger.logQuery(text, values);
  const result = namedStatements.get(source)
    ? await preparedPool(source).query<T & object>({ name: nameOf(text), text, values })
    : await ((source.driver as PostgresDriver).master as Pool).query<T & object>(text, values);
  return result.rows;
}
