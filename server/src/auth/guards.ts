import { Extensions, type ResolverData } from 'type-graphql';
import { roleHasPermission, type Permission } from '@school-invites/shared';
import { forbidden, notFound } from '../errors/app-error';
import type { Context } from '../graphql/context';

/** GraphQL objects that belong to one school carry its id, so field guards know where to check. */
export interface SchoolScoped {
  schoolId: string;
}

export type SchoolOf = (data: ResolverData<Context>) => Promise<string | null> | string | null;

/**
 * Runs before a field's resolver (see applyGuards): throws or rejects to refuse it. It answers
 * synchronously when the request already knows enough (the viewer's role in the school), so a
 * page's twenty guarded fields cost no promise each.
 */
export type Guard = (data: ResolverData<Context>) => void | Promise<void>;

const fromRoot: SchoolOf = ({ root }) =>
  (root as Partial<SchoolScoped> | undefined)?.schoolId ?? null;

/** Whether the viewer's role in the school, if this request already knows it, holds any of `permissions`. */
function knownToHold(
  context: Context,
  schoolId: ReturnType<SchoolOf> | undefined,
  permissions: readonly Permission[],
) {
  if (typeof schoolId !== 'string') return false;
  const role = context.access.knownRole(schoolId);
  return !!role && permissions.some((permission) => roleHasPermission(role, permission));
}

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
  return guarded(
    schoolGuard([permission], schoolOf, (data, schoolId) =>
      data.context.access.require(schoolId, permission),
    ),
    { permissions: [permission] },
  );
}

/**
 * A guard for a school's permissions: through at once when the role this request knows holds
 * one of `permissions`; otherwise, once the school is known, `check` decides.
 */
function schoolGuard(
  permissions: readonly Permission[],
  schoolOf: SchoolOf,
  check: (data: ResolverData<Context>, schoolId: string) => Promise<unknown>,
): Guard {
  const decide = async (data: ResolverData<Context>, school: ReturnType<SchoolOf>) => {
    const schoolId = await school;
    if (!schoolId) throw notFound('school');
    await check(data, schoolId);
  };
  return (data) => {
    data.context.access.requireViewer();
    const schoolId = schoolOf(data);
    if (knownToHold(data.context, schoolId, permissions)) return;
    return decide(data, schoolId);
  };
}

/**
 * Records the guard and what it requires in the field's schema extensions: applyGuards runs the
 * one, and the authorization sweep reads from the schema itself what every field needs.
 */
function guarded(
  guard: Guard,
  requirement: { permissions?: Permission[]; signIn?: boolean; orLeading?: boolean },
): MethodDecorator {
  return Extensions({ requires: { signIn: true, ...requirement }, guard });
}

/** Declares that an operation needs a signed-in viewer (any school, or none). */
export function RequireSignIn(): MethodDecorator {
  return guarded(({ context }) => {
    context.access.requireViewer();
  }, {});
}

/** Declares that a field needs any one of `permissions` in the school of the object resolved. */
export function RequireAnyPermission(permissions: Permission[]): MethodDecorator {
  return guarded(
    schoolGuard(permissions, fromRoot, async ({ context }, schoolId) => {
      const role = await context.access.requireMember(schoolId);
      if (!permissions.some((permission) => roleHasPermission(role, permission)))
        throw forbidden('see this');
    }),
    { permissions },
  );
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
  const permissions = typeof permission === 'string' ? [permission] : permission;
  return guarded(
    schoolGuard(permissions, schoolOf, (data, schoolId) =>
      data.context.access.requireOrLeading(schoolId, permission, async () => groupsOf(data)),
    ),
    { permissions, orLeading: true },
  );
}
