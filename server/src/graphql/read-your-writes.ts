import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Logger } from '../logger';
import type { Context } from './context';

/**
 * With a read replica: after a signed-in viewer's mutation, and before its answer leaves, records
 * where the viewer's writes end in the primary's WAL. Their next lists and searches then read the
 * replica only once it has replayed that far, so nobody misses what they have just done.
 */
export function readYourWrites(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          const viewer = contextValue.viewer;
          if (operation?.operation !== OperationTypeNode.MUTATION || !viewer) return;
          try {
            await contextValue.services.repositories.users.markWrite(viewer.userId);
          } catch {
            // The write itself stands; only the viewer's next list may come from a replica behind it.
            logger.warn('could not record a write for read-your-writes');
          }
        },
      };
    },
  };
}
