import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';

export const SESSION_COOKIE = 'si_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** The token a request carries: `Authorization: Bearer …`, else the session cookie. */
export function tokenOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookies = req.headers.cookie;
  return (cookies && parseCookie(cookies)[SESSION_COOKIE]) || null;
}

/**
 * Sets (for the session's lifetime) or clears the httpOnly session cookie; Secure when the
 * public URL is https.
 */
export function sessionCookie(res: ServerResponse, publicUrl: string) {
  const write = (value: string, maxAgeMs: number) =>
    res.appendHeader(
      'Set-Cookie',
      stringifySetCookie({
        name: SESSION_COOKIE,
        value,
        httpOnly: true,
        sameSite: 'lax',
        secure: publicUrl.startsWith('https:'),
        path: '/',
        ...(maxAgeMs > 0
          ? { maxAge: Math.floor(maxAgeMs / 1000), expires: new Date(Date.now() + maxAgeMs) }
          : { expires: new Date(0) }),
      }),
    );
  return {
    set: (token: string) => write(token, SESSION_TTL_MS),
    clear: () => write('', 0),
  };
}
