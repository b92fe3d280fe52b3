/**
 * The session cookie: an opaque random token (the server keeps only its SHA-256), HttpOnly so that no script
 * reads it, SameSite=Lax so that other sites' forms and fetches do not carry it, and Secure everywhere except on
 * this machine, where development runs over plain http.
 */

export const SESSION_COOKIE = 'parley_session';
export const SESSION_DAYS = 7;
export const SESSION_MAX_AGE_SECONDS = SESSION_DAYS * 24 * 60 * 60;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `host` as in the Host header, with or without a port. */
export function isLocalHost(host: string | null): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return LOCAL_HOSTS.has(name.toLowerCase());
}

export interface CookieSettings {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
}

export function sessionCookieSettings(host: string | null, maxAge = SESSION_MAX_AGE_SECONDS): CookieSettings {
  return { httpOnly: true, sameSite: 'lax', secure: !isLocalHost(host), path: '/', maxAge };
}
