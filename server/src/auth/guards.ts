import { createMethodMiddlewareDecorator, Extensions, type ResolverData } from 'type-graphql';
import { roleHasPermission, type Permission } from '@school-invites/shared';
import { forbidden, notFound } from '../errors/app-error';
import type { Context } from '../graphql/context';

/** GraphQL objects that belong to one school carry its id, so field guards know where to check. */
export interface SchoolScoped {
  schoolId: string;
}

export type SchoolOf = (data: ResolverData<Context>) => Promise<string | null> | string | null;

const fromRoot: SchoolOf = ({ root }) =>
  (root as Partial<SchoolScoped> | undefined)?.schoolId ?? null;

/**
 * Declares the permission an operation or field needs. The school is taken from the object being
 * resolved (or, for root operations, from `schoolOf`, which looks the object up); outcomes:
 * no viewer -> UNAUTHENTICATED, not a member -> NOT_FOUND, missing permission -> FORBIDDEN (the
 * field resolves to null and its siblings still resolve).
 */
export function RequirePermission(
  permission: Permission,
  schoolOf: SchoolOf = fromRoot,
): MethodDecorator {
  const guard = createMethodMiddlewareDecorator<Context>(async (data, next) => {
    data.context.access.requireViewer();
    const schoolId = await schoolOf(data);
    if (!schoolId) throw notFound('school');
    await data.context.access.require(schoolId, permission);
    return next() as Promise<unknown>;
  });
  return withRequirement(guard, { permissions: [permission] });
}

/**
 * Also records the requirement in the field's schema extensions, so the authorization sweep can
 * read from the schema itself what every field needs.
 */
export function withRequirement(
  guard: MethodDecorator,
  requirement: { permissions?: Permission[]; signIn?: boolean; orLeading?: boolean },
): MethodDecorator {
  const record = Extensions({ requires: { signIn: true, ...requirement } });
  return (target, key, descriptor) => {
    guard(target, key, descriptor);
    record(target, key, descriptor);
  };
}

/** Declares that an operation needs a signed-in viewer (any school, or none). */
export function RequireSignIn(): MethodDecorator {
  const guard = createMethodMiddlewareDecorator<Context>(async ({ context }, next) => {
    context.access.requireViewer();
    return next() as Promise<unknown>;
  });
  return withRequirement(guard, {});
}

/** Declares that a field needs any one of `permissions` in the school of the object resolved. */
export function RequireAnyPermission(permissions: Permission[]): MethodDecorator {
  const guard = createMethodMiddlewareDecorator<Context>(async ({ root, context }, next) => {
    const schoolId = (root as Partial<SchoolScoped> | undefined)?.schoolId;
    const role = await context.access.requireMember(schoolId ?? '');
    if (!permissions.some((permission) => roleHasPermission(role, permission)))
      throw forbidden('see this');
    return next() as Promise<unknown>;
  });
  return withRequirement(guard, { permissions });
}

/** The groups whose leaders may also use a field or operation (a teacher's own classes). */
export type GroupsOf = (
  data: ResolverData<Context>,
) => Promise<readonly string[]> | readonly string[];

/**
 * Like RequirePermission (any one of `permission`), but a viewer without it passes too when they
 * lead every one of the groups `groupsOf` names (never for none). The sweep reads `orLeading` from
 * the schema.
 */
export function RequirePermissionOrLeading(
  permission: Permission | Permission[],
  groupsOf: GroupsOf,
  schoolOf: SchoolOf = fromRoot,
): MethodDecorator {
  const guard = createMethodMiddlewareDecorator<Context>(async (data, next) => {
    data.context.access.requireViewer();
    const schoolId = await schoolOf(data);
    if (!schoolId) throw notFound('school');
    await data.context.access.requireOrLeading(schoolId, permission, async () => groupsOf(data));
    return next() as Promise<unknown>;
  });
  return withRequirement(guard, {
    permissions: typeof permission === 'string' ? [permission] : permission,
    orLeading: true,
  });
}
