import {
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { unsafeLiteralsRule } from './unsafe-input';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens the parser reads before giving up; enforced through Apollo's parseOptions. */
  maxTokens: number;
  maxCost: number;
  /** Aliases would otherwise turn one HTTP request into a thousand code guesses. */
  maxRedeemsPerOperation: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 5000,
  maxRedeemsPerOperation: 1,
};

const refuse = (context: ValidationContext, message: string) =>
  context.reportError(
    new GraphQLError(message, {
      extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_TOO_LARGE' },
    }),
  );

/** A rule that counts matching fields across the document and refuses past `max`. */
const fieldCountRule =
  (max: number, matches: (node: FieldNode) => boolean, message: string): ValidationRule =>
  (context) => {
    let count = 0;
    return {
      Field(node) {
        if (matches(node)) count++;
      },
      Document: {
        leave() {
          if (count > max) refuse(context, message);
        },
      },
    };
  };

export const redeemLimitRule = (max: number) =>
  fieldCountRule(
    max,
    (node) => node.name.value === 'redeemInvitation',
    `An operation may redeem at most ${max} invitation at a time.`,
  );

export const directiveLimitRule =
  (max: number): ValidationRule =>
  (context) => {
    let count = 0;
    return {
      Directive() {
        count++;
      },
      Document: {
        leave() {
          if (count > max) refuse(context, `An operation may use at most ${max} directives.`);
        },
      },
    };
  };

export const aliasLimitRule = (max: number) =>
  fieldCountRule(
    max,
    (node) => Boolean(node.alias),
    `An operation may use at most ${max} aliases.`,
  );

/** Nesting depth of an operation, following fragments; introspection fields do not count. */
function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(
        deepest,
        depthOf(fragment.selectionSet, fragments, new Set([...seen, name])),
      );
    }
  }
  return deepest;
}

export const depthLimitRule =
  (max: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter(
            (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
          )
          .map((d) => [d.name.value, d]),
      );
      if (depthOf(operation.selectionSet, fragments, new Set()) > max) {
        refuse(context, `An operation may nest at most ${max} levels deep.`);
      }
    },
  });

/** Rules every operation passes before anything runs. */
export function validationRules(limits: OperationLimits = DEFAULT_LIMITS): ValidationRule[] {
  return [
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
    directiveLimitRule(limits.maxDirectives),
    redeemLimitRule(limits.maxRedeemsPerOperation),
    unsafeLiteralsRule,
  ];
}
