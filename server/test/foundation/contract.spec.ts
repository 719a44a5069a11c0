import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, type BreakingChange } from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { printSchemaFile, SCHEMA_FILE } from '../../src/graphql/print-schema';

const CONTRACT = path.resolve(__dirname, '..', '..', 'contract', 'invitations.graphql');

/**
 * Parts of the contract's v2 section that are not built yet, by the capability that builds them.
 * Each leaves this list when it lands: the test fails for anything missing that is not listed, and
 * for anything listed that is no longer missing, so the list only shrinks.
 */
const NOT_YET_BUILT: Record<string, string[]> = {
  guardians: [
    'SchoolRole.GUARDIAN',
    'Invitation.forStudent',
    'InvitationPreview.forStudentFirstName',
    'Membership.guardianOf',
    'Membership.guardians',
    'Mutation.createGuardianInvitation',
  ],
  'webhooks and live updates': [
    'WebhookEvent',
    'WebhookDeliveryStatus',
    'WebhookDelivery',
    'WebhookDeliveryEdge',
    'WebhookDeliveryConnection',
    'Webhook',
    'CreatedWebhook',
    'CreateWebhookInput',
    'InvitationEvent',
    'Subscription',
    'School.webhooks',
    'Mutation.createWebhook',
    'Mutation.deleteWebhook',
  ],
  'scoped API tokens': ['ApiTokenScope', 'ApiToken.scopes', 'Mutation.createApiToken(scopes)'],
};

/** What a breaking change is about: a type, `Type.field`, `Enum.VALUE` or `Type.field(arg)`. */
function subjectOf(change: BreakingChange): string {
  const patterns: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^(\w+) was removed\.$/, (m) => m[1]!],
    [/^(\w+\.\w+) was removed\.$/, (m) => m[1]!],
    [/^(\w+) was removed from enum type (\w+)\.$/, (m) => `${m[2]}.${m[1]}`],
    [/^(\w+\.\w+) arg (\w+) was removed\.$/, (m) => `${m[1]}(${m[2]})`],
  ];
  for (const [pattern, subject] of patterns) {
    const match = change.description.match(pattern);
    if (match) return subject(match);
  }
  return `${change.type}: ${change.description}`;
}

describe('public GraphQL contract', () => {
  const missing = findBreakingChanges(buildSchema(readFileSync(CONTRACT, 'utf8')), getSchema()).map(
    subjectOf,
  );
  const pending = Object.values(NOT_YET_BUILT).flat();

  it('is contained in the emitted schema without a breaking change, but for the parts not built yet', () => {
    expect(missing.filter((subject) => !pending.includes(subject))).toEqual([]);
  });

  it('lists as not built only what is still missing', () => {
    expect(pending.filter((subject) => !missing.includes(subject))).toEqual([]);
  });

  it('is what server/schema.graphql says (run `pnpm codegen` after changing resolvers)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSchemaFile());
  });
});
