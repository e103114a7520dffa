import { generateCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../platform/auth/sessions.ts';

/** HttpOnly so scripts cannot read it; SameSite=Lax so other sites cannot post with it; Secure on https. */
export function sessionCookieHeader(token: string, expiresAt: Date, secure: boolean): string {
  return generateCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearedSessionCookieHeader(secure: boolean): string {
  return generateCookie(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: 0,
  });
}
