import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver';
import { AuditEventResolver } from '../modules/audit/audit-event.resolver';
import { InvitationFieldsResolver } from '../modules/invitations/invitation-fields.resolver';
import { InvitationResolver } from '../modules/invitations/invitation.resolver';
import { RedemptionResolver } from '../modules/invitations/redemption.resolver';
import { MembershipInvitationResolver, SchoolInvitationsResolver } from '../modules/invitations/school-invitations.resolver';
import { MembershipResolver } from '../modules/memberships/membership.resolver';
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
  AuditEventResolver,
] as const;

let schema: GraphQLSchema | null = null;

/** The schema is built from decorators once per process. */
export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [...RESOLVERS],
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    // class-validator bounds on every input and argument class.
    validate: { forbidUnknownValues: false },
  });
  return schema;
}
