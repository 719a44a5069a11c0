import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@school-invites/shared';

/** A paginated field costs its children once per row it may return. */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const rows = typeof args.first === 'number' ? args.first : LIMITS.pageSizeDefault;
  return 1 + childComplexity * rows;
};

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
        async didResolveOperation({ request, document, queryHash }) {
          const variables = request.variables ?? {};
          const key = `${queryHash}|${request.operationName ?? ''}|${costDrivers(variables)}`;
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables,
              estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
            if (costs.size >= CACHED_COSTS) costs.delete(costs.keys().next().value!);
            costs.set(key, cost);
          }
          if (cost > maximum) {
            throw new GraphQLError(`This operation is too costly (${cost} > ${maximum}). Ask for fewer rows or fields.`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_COMPLEX', cost, maximum, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
