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

/**
 * Refuses an operation whose estimated cost is over `maximum` after it is parsed and validated
 * and before any resolver runs. A full page of 100 invitations with their creators costs ~1 500.
 */
export function complexityLimit(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
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
