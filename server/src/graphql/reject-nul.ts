import type { MiddlewareFn } from 'type-graphql';
import { badInput } from '../errors/app-error';

function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold the NUL character, and would refuse the whole statement. No
 * argument anywhere may contain it, so every field refuses it up front as bad input.
 */
export const rejectNulCharacters: MiddlewareFn = ({ args }, next) => {
  const field = findNul(args, '');
  if (field) throw badInput(field, 'must not contain the NUL character (\\u0000)');
  return next();
};
