import type { IncomingMessage, ServerResponse } from 'node:http';
import { sessionCookie, tokenOf } from '../auth/session-cookie';
import { createContext, type Context } from '../graphql/context';
import type { Services } from '../services';

export type ContextOf = (req: IncomingMessage, res: ServerResponse) => Promise<Context>;

/** Each GraphQL request's context, the same whether Express or the direct endpoint serves it. */
export function requestContext(services: Services, publicUrl: string): ContextOf {
  return async (req, res) => {
    const token = tokenOf(req);
    const viewer = token ? await services.auth.authenticate(token) : null;
    return createContext(services, viewer, {
      ip: req.socket.remoteAddress ?? 'unknown',
      sessionCookie: sessionCookie(res, publicUrl),
    });
  };
}
