import type { ValidationRule } from 'graphql';

/** Rules every operation passes before anything runs. */
export function validationRules(): ValidationRule[] {
  return [];
}
