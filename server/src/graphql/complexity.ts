import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { LIMITS } from '@school-invites/shared';

const pageSizeOutOfRange = (field: string, rows: unknown) =>
  new GraphQLError(
    `${field}.first: must be from 1 to ${LIMITS.pageSizeMax} (got ${String(rows)})`,
    {
      extensions: { code: 'BAD_USER_INPUT', field: `${field}.first`, http: { status: 400 } },
    },
  );

/**
 * A paginated field costs its children once per row it may return. A page size out of range is
 * refused here, before it can make an estimate small or negative: the argument's own check runs
 * only later, with the resolver, after the sum of a whole operation has been judged.
 */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const rows: unknown = args.first ?? LIMITS.pageSizeDefault;
  if (
    typeof rows !== 'number' ||
    !Number.isInteger(rows) ||
    rows < 1 ||
    rows > LIMITS.pageSizeMax
  ) {
    throw pageSizeOutOfRange(field.name, rows);
  }
  return 1 + childComplexity * rows;
};

/** Variables that do not fit their types are refused by execution, with every problem named. */
function variablesCoerce(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
) {
  return !(
    'errors' in
    getVariableValues(schema, operation?.variableDefinitions ?? [], variables, { maxErrors: 1 })
  );
}

/** Numbers and booleans among the variables: the only values that can change a cost (`first`, `@include`). */
function costDrivers(value: unknown, path = ''): string {
  if (typeof value === 'number' || typeof value === 'boolean') return `${path}=${value};`;
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => costDrivers(item, `${path}.${key}`))
      .join('');
  }
  return '';
}

const CACHED_COSTS = 1000;

/**
 * Refuses an operation whose estimated cost is over `maximum` after it is parsed and validated
 * and before any resolver runs. A full page of 100 invitations with their creators costs ~1 500.
 * Costs are remembered per document, operation and cost-driving variables, since the estimate
 * walks the whole document with the schema and clients send the same few documents again and again.
 */
export function complexityLimit(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  const costs = new Map<string, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, queryHash, operation }) {
          const variables = request.variables ?? {};
          const key = `${queryHash}|${request.operationName ?? ''}|${costDrivers(variables)}`;
          let cost = costs.get(key);
          if (cost === undefined) {
            // Execution refuses them with HTTP 400 before any resolver runs, so nothing is left to price.
            if (!variablesCoerce(schema, operation, variables)) return;
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables,
              estimators: [
                fieldExtensionsEstimator(),
                pageEstimator,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
            if (costs.size >= CACHED_COSTS) costs.delete(costs.keys().next().value!);
            costs.set(key, cost);
          }
          if (cost > maximum) {
            throw new GraphQLError(
              `This operation is too costly (${cost} > ${maximum}). Ask for fewer rows or fields.`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'TOO_COMPLEX',
                  cost,
                  maximum,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
