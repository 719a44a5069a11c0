import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';

function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

const nulError = (where: string) =>
  new GraphQLError(`${where}: must not contain the NUL character (\\u0000)`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, http: { status: 400 } },
  });

/*
 * PostgreSQL text cannot hold the NUL character, and would refuse the whole statement. Every
 * argument's value comes either from a literal in the document or from a variable, so checking
 * both once per operation refuses it everywhere, before anything runs.
 */

/** Literal strings in the document; Apollo caches validation, so a document is checked once. */
export const nulInLiteralsRule: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes('\u0000')) context.reportError(nulError('a string in the operation'));
  },
});

/** Variables, on every request. */
export function rejectNulInVariables<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const variable = findNul(request.variables ?? {}, '');
          if (variable) throw nulError(`$${variable}`);
        },
      };
    },
  };
}
