import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { openDatabase } from '../database';

/**
 * `pnpm db:migration:generate <kebab-name>`: compares the entities with the migrated database and
 * writes the difference as a new migration in src/database/migrations. Review it before committing.
 */
async function generate() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    console.error('usage: pnpm db:migration:generate <kebab-case-name>');
    process.exit(64);
  }
  const config = loadConfig();
  const database = await openDatabase(config, createLogger(config.logLevel));
  const sql = await database.dataSource.driver.createSchemaBuilder().log();
  await database.close();
  if (sql.upQueries.length === 0) {
    console.log('the entities match the database; no migration needed');
    return;
  }
  const timestamp = Date.now();
  const className = name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()) + timestamp;
  const lines = (queries: { query: string }[]) => queries.map((q) => `    await db.query(${JSON.stringify(q.query)});`).join('\n');
  const file = path.resolve(__dirname, '..', '..', '..', 'src', 'database', 'migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(db: QueryRunner): Promise<void> {\n${lines(sql.upQueries)}\n  }\n\n  async down(db: QueryRunner): Promise<void> {\n${lines([...sql.downQueries].reverse())}\n  }\n}\n`,
  );
  console.log(`wrote ${path.relative(process.cwd(), file)}; add it to MIGRATIONS in data-source.ts`);
}

generate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
