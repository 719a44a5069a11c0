import { Kind, type GraphQLResolveInfo } from 'graphql';

/**
 * Whether the field being resolved selects nothing but `fields` (plain fields only: a fragment
 * could select anything, so its presence answers false). Lets a resolver skip reading what no
 * selected field needs.
 */
export function selectsOnly(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) => selection.kind === Kind.FIELD && fields.has(selection.name.value),
    ),
  );
}
