import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from './context';
import type { Guard } from '../auth/guards';

/**
 * Puts each field's guard (recorded by the guard decorators in its extensions) in front of its
 * resolver. A guard that answers synchronously adds no promise; one that needs a look-up makes
 * the resolver wait for it. Either way a refusal is the field's error, as a resolver's own would be.
 */
export function applyGuards(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const guard = field.extensions.guard as Guard | undefined;
      if (!guard) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root: unknown, args: Record<string, unknown>, context: Context, info) => {
        const pending = guard({ root, args, context, info });
        return pending
          ? pending.then(() => resolve(root, args, context, info))
          : resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
