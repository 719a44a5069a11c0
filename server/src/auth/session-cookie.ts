import type { CookieOptions } from 'express';

export const SESSION_COOKIE = 'si_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function sessionCookieOptions(publicUrl: string): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path: '/',
    maxAge: SESSION_TTL_MS,
  };
}
