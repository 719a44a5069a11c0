import type { RequestHandler } from 'express';
import type { ErrorCode } from '@school-invites/shared';
import { AppError } from '../errors/app-error';
import { requestScope } from '../graphql/context';
import type { Logger } from '../logger';
import type { Services } from '../services';

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

const query = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * GET /api/invitations.csv?schoolId=…[&search=…&status=…&groupId=…&batchId=…]: the invitation
 * list with those filters, as a CSV attachment, streamed. Authenticated like /graphql (session
 * cookie or bearer token); refusals answer JSON in GraphQL's error shape with a 4xx status.
 */
export function invitationsCsv(
  services: Services,
  logger: Logger,
  tokenOf: (req: Parameters<RequestHandler>[0]) => string | null,
): RequestHandler {
  return async (req, res) => {
    let started = false;
    try {
      const token = tokenOf(req);
      const viewer = token ? await services.auth.authenticate(token) : null;
      const { access, loaders } = requestScope(services, viewer);
      const { schoolSlug, lines } = await services.invitationExport.open(access, loaders, {
        schoolId: query(req.query.schoolId) ?? '',
        search: query(req.query.search),
        status: query(req.query.status),
        groupId: query(req.query.groupId),
        batchId: query(req.query.batchId),
      });
      const day = new Date().toISOString().slice(0, 10);
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="invitations-${schoolSlug}-${day}.csv"`,
      );
      res.setHeader('Cache-Control', 'no-store');
      started = true;
      for await (const chunk of lines) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
        if (res.destroyed) return;
      }
      res.end();
    } catch (error) {
      if (started) {
        logger.error({ err: error }, 'invitation export failed midway');
        res.destroy();
        return;
      }
      if (error instanceof AppError && STATUS_OF[error.code]) {
        res.status(STATUS_OF[error.code]!).json({
          errors: [{ message: error.message, extensions: error.extensions }],
        });
        return;
      }
      logger.error({ err: error }, 'invitation export failed');
      res.status(500).json({
        errors: [
          {
            message: 'Something went wrong on our side. Please try again.',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
    }
  };
}
