import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaFile, SCHEMA_FILE } from './print-schema';

/** Writes server/schema.graphql, the file integrators and the web's code generator read. */
writeFileSync(SCHEMA_FILE, printSchemaFile());
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
