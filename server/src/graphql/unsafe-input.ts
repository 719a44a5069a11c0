import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';
import { unsafeTextProblem } from '@school-invites/shared';

/**
 * Deeper than any input of the schema (its deepest is three levels); a client sending more is not
 * sending one of its inputs. Refused here, by a loop, before anything recursive walks the value.
 */
export const MAX_VARIABLE_DEPTH = 16;

const refuse = (where: string, problem: string) =>
  new GraphQLError(`${where}: ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, http: { status: 400 } },
  });

/** The first problem among the variables, found without recursion: a path and what is wrong there. */
function findProblem(
  variables: Record<string, unknown>,
): { where: string; problem: string } | null {
  const stack: { value: unknown; where: string; depth: number }[] = Object.entries(variables).map(
    ([name, value]) => ({
      value,
      where: `$${name}`,
      depth: 1,
    }),
  );
  while (stack.length > 0) {
    const { value, where, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = unsafeTextProblem(value);
      if (problem) return { where, problem };
    } else if (value !== null && typeof value === 'object') {
      if (depth > MAX_VARIABLE_DEPTH)
        return { where, problem: `is nested deeper than ${MAX_VARIABLE_DEPTH} levels` };
      const entries = Array.isArray(value)
        ? value.map((item, i) => [`[${i}]`, item] as const)
        : Object.entries(value).map(([k, v]) => [`.${k}`, v] as const);
      for (const [key, item] of entries)
        stack.push({ value: item, where: `${where}${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/*
 * Text PostgreSQL cannot store (NUL, lone surrogates) or that no person types (control
 * characters) would otherwise fail a statement half-way, or reach a log. Every argument's value
 * comes from a literal in the document or from a variable, so checking both once per operation
 * refuses it everywhere, before anything runs.
 */

/** Literal strings in the document; Apollo caches validation, so a document is checked once. */
export const unsafeLiteralsRule: ValidationRule = (context) => ({
  StringValue(node) {
    const problem = unsafeTextProblem(node.value);
    if (problem) context.reportError(refuse('a string in the operation', problem));
  },
});

/** Variables, on every request. */
export function rejectUnsafeVariables<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const found = findProblem(request.variables ?? {});
          if (found) throw refuse(found.where, found.problem);
        },
      };
    },
  };
}
