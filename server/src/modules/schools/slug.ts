import { LIMITS } from '@school-invites/shared';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "École Saint-Exupéry (Lyon)" -> "ecole-saint-exupery-lyon" */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.schoolSlugMax)
    .replace(/-+$/g, '');
  return slug || 'school';
}
