import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `pnpm db:migration:generate <kebab-name>`: writes a new, empty migration named
 * `<timestamp>-<kebab-name>.ts` with its class, for the SQL to go in.
 *
 * The schema is written SQL-first (triggers, partial and trigram indexes, CHECKs, foreign keys)
 * and the entities only map columns, so a diff of entities against the database would propose
 * dropping all of that; migrations are therefore written, not derived.
 */
function generate() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    console.error('usage: pnpm db:migration:generate <kebab-case-name>');
    process.exit(64);
  }
  const timestamp = Date.now();
  const className = name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()) + timestamp;
  const file = path.resolve(
    __dirname,
    '..',
    '..',
    '..',
    'src',
    'database',
    'migrations',
    `${timestamp}-${name}.ts`,
  );
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(db: QueryRunner): Promise<void> {
    await db.query(\`\`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(\`\`);
  }
}
`,
  );
  console.log(
    `wrote ${path.relative(process.cwd(), file)}; write its SQL, then add it to MIGRATIONS in data-source.ts`,
  );
}

generate();
