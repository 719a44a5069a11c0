import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchemaSync } from 'type-graphql';
import { applyGuards } from './apply-guards';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver';
import {
  AuditEventResolver,
  InvitationAuditEventsResolver,
  SchoolAuditEventsResolver,
} from '../modules/audit/audit-event.resolver';
import { EmailLinkResolver } from '../modules/email-links/email-link.resolver';
import { GroupFieldsResolver } from '../modules/groups/group-fields.resolver';
import {
  InvitationGroupsResolver,
  MembershipGroupsResolver,
  SchoolGroupsResolver,
} from '../modules/groups/group-links.resolver';
import { GroupResolver } from '../modules/groups/group.resolver';
import { InvitationFieldsResolver } from '../modules/invitations/invitation-fields.resolver';
import { InvitationResolver } from '../modules/invitations/invitation.resolver';
import {
  MembershipInvitationResolver,
  SchoolInvitationsResolver,
} from '../modules/invitations/school-invitations.resolver';
import {
  MemberManagementResolver,
  SchoolBlockedUsersResolver,
  SchoolBlockFieldsResolver,
} from '../modules/memberships/member-management.resolver';
import { MembershipResolver } from '../modules/memberships/membership.resolver';
import {
  InvitationRedemptionsResolver,
  RedemptionFieldsResolver,
  RedemptionResolver,
} from '../modules/redemptions/redemption.resolver';
import { SchoolPolicyResolver } from '../modules/schools/school-policy.resolver';
import { SchoolResolver } from '../modules/schools/school.resolver';
import { AuthResolver } from '../modules/sessions/auth.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import './enums';

export const RESOLVERS = [
  AuthResolver,
  ApiTokenResolver,
  UserResolver,
  SchoolResolver,
  MembershipResolver,
  InvitationResolver,
  InvitationFieldsResolver,
  SchoolInvitationsResolver,
  MembershipInvitationResolver,
  RedemptionResolver,
  RedemptionFieldsResolver,
  InvitationRedemptionsResolver,
  AuditEventResolver,
  SchoolAuditEventsResolver,
  InvitationAuditEventsResolver,
  GroupResolver,
  GroupFieldsResolver,
  SchoolGroupsResolver,
  InvitationGroupsResolver,
  MembershipGroupsResolver,
  MemberManagementResolver,
  SchoolBlockedUsersResolver,
  SchoolBlockFieldsResolver,
  EmailLinkResolver,
  SchoolPolicyResolver,
] as const;

const VALIDATION: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * class-validator bounds on every input and argument object, as type-graphql's own `validate`
 * option applies them, but without the module look-up it repeats for every argument it checks.
 */
async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  try {
    const items = Array.isArray(value)
      ? value.filter((item) => item !== null && typeof item === 'object')
      : [value];
    await Promise.all(items.map((item: object) => validateOrReject(item, VALIDATION)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

let schema: GraphQLSchema | null = null;

/** The schema is built from decorators once per process. */
export function getSchema(): GraphQLSchema {
  schema ??= applyGuards(
    buildSchemaSync({
      resolvers: [...RESOLVERS],
      scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
      validateFn: validateArgument,
    }),
  );
  return schema;
}
