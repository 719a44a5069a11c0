import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver';
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
