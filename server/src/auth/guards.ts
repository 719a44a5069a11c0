import { createMethodMiddlewareDecorator, type ResolverData } from 'type-graphql';
import type { Permission } from '@school-invites/shared';
import { notFound } from '../errors/app-error';
import type { Context } from '../graphql/context';

/** GraphQL objects that belong to one school carry its id, so field guards know where to check. */
export interface SchoolScoped {
  schoolId: string;
}

export type SchoolOf = (data: ResolverData<Context>) => Promise<string | null> | string | null;

const fromRoot: SchoolOf = ({ root }) => (root as Partial<SchoolScoped> | undefined)?.schoolId ?? null;

/**
 * Declares the permission an operation or field needs. The school is taken from the object being
 * resolved (or, for root operations, from `schoolOf`, which looks the object up); outcomes:
 * no viewer -> UNAUTHENTICATED, not a member -> NOT_FOUND, missing permission -> FORBIDDEN (the
 * field resolves to null and its siblings still resolve).
 */
export function RequirePermission(permission: Permission, schoolOf: SchoolOf = fromRoot) {
  return createMethodMiddlewareDecorator<Context>(async (data, next) => {
    data.context.access.requireViewer();
    const schoolId = await schoolOf(data);
    if (!schoolId) throw notFound('school');
    await data.context.access.require(schoolId, permission);
    return next();
  });
}

/** Declares that an operation needs a signed-in viewer (any school, or none). */
export function RequireSignIn() {
  return createMethodMiddlewareDecorator<Context>(async ({ context }, next) => {
    context.access.requireViewer();
    return next();
  });
}
