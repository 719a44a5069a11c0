import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

/** server/schema.graphql, whether running from src (tests) or dist. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

export function printSchemaFile(): string {
  return `# Generated from the server's resolvers by \`pnpm codegen\`. Do not edit by hand.\n\n${printSchema(
    lexicographicSortSchema(getSchema()),
  )}\n`;
}
