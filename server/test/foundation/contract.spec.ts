import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { printSchemaFile, SCHEMA_FILE } from '../../src/graphql/print-schema';

const CONTRACT = path.resolve(__dirname, '..', '..', 'contract', 'invitations.graphql');

describe('public GraphQL contract', () => {
  it('is contained in the emitted schema without a breaking change', () => {
    const contract = buildSchema(readFileSync(CONTRACT, 'utf8'));
    const changes = findBreakingChanges(contract, getSchema()).map((c) => `${c.type}: ${c.description}`);
    expect(changes).toEqual([]);
  });

  it('is what server/schema.graphql says (run `pnpm codegen` after changing resolvers)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSchemaFile());
  });
});
