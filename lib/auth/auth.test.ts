import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/db/accounts/passwords';
import { anonymousReadAllowed } from './access';
import { clientAddress } from './limits';
import { safeNextPath } from './next-path';
import { SlidingWindowLimiter } from './rate-limit';
import { hasRole } from './roles';
import { isSameOrigin, ownOrigin } from './same-origin';
import { isLocalHost, sessionCookieSettings } from './session-cookie';

describe('roles', () => {
  it('orders viewer < editor < admin, and no one is anything', () => {
    const as = (role: 'viewer' | 'editor' | 'admin') => ({ id: '1', username: 'u', name: 'U', role });
    expect(hasRole(as('viewer'), 'editor')).toBe(false);
    expect(hasRole(as('editor'), 'editor')).toBe(true);
    expect(hasRole(as('admin'), 'editor')).toBe(true);
    expect(hasRole(as('editor'), 'admin')).toBe(false);
    expect(hasRole(null, 'viewer')).toBe(false);
  });
});

describe('same-origin check', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  const own = 'http://localhost:3000';
  it('accepts the own origin, or Sec-Fetch-Site: same-origin without one; refuses everything else', () => {
    expect(isSameOrigin(headers({ origin: 'http://localhost:3000' }), own)).toBe(true);
    expect(isSameOrigin(headers({ origin: 'http://LOCALHOST:3000' }), own)).toBe(true);
    expect(isSameOrigin(headers({ origin: 'http://localhost:3001' }), own)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'https://evil.example' }), own)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null' }), own)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }), own)).toBe(false);
    expect(isSameOrigin(headers({ 'sec-fetch-site': 'same-origin' }), own)).toBe(true);
    expect(isSameOrigin(headers({ 'sec-fetch-site': 'same-site' }), own)).toBe(false);
    expect(isSameOrigin(headers({}), own)).toBe(false);
  });

  it('compares the scheme too: a plain-http page may not write to the https site, nor the other way', () => {
    expect(isSameOrigin(headers({ origin: 'http://parley.example' }), 'https://parley.example')).toBe(false);
    expect(isSameOrigin(headers({ origin: 'https://localhost:3000' }), own)).toBe(false);
    // The default port is the same origin written out or not.
    expect(isSameOrigin(headers({ origin: 'https://parley.example' }), 'https://parley.example:443')).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://parley.example' }), 'https://bad host')).toBe(false);
  });

  it("takes the own origin from the request's URL scheme and its Host header", () => {
    const request = (url: string, host?: string) => ({ nextUrl: new URL(url), headers: new Headers(host ? { host } : {}) });
    expect(ownOrigin(request('https://10.0.0.5:3000/api/actors', 'parley.example'))).toBe('https://parley.example');
    expect(ownOrigin(request('http://parley.example/api/actors', 'parley.example'))).toBe('http://parley.example');
    expect(ownOrigin(request('http://localhost:3000/api/actors'))).toBe('http://localhost:3000');
  });
});

describe('session cookie settings', () => {
  it('is Secure everywhere but this machine', () => {
    for (const host of ['localhost:3000', '127.0.0.1', '[::1]:3000', 'LOCALHOST']) expect(isLocalHost(host)).toBe(true);
    for (const host of ['parley.example.org', 'localhost.evil.example', null]) expect(isLocalHost(host)).toBe(false);
    expect(sessionCookieSettings('parley.example.org')).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
  });
});

describe('sliding-window rate limiter', () => {
  it('allows `limit` attempts per window, then says when to retry, and forgets old attempts', () => {
    const limiter = new SlidingWindowLimiter(2, 60_000);
    expect(limiter.hit('a', 0).allowed).toBe(true);
    expect(limiter.hit('a', 10_000).allowed).toBe(true);
    expect(limiter.hit('a', 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.hit('b', 20_000).allowed).toBe(true);
    expect(limiter.hit('a', 60_001).allowed).toBe(true);
    limiter.reset('a');
    expect(limiter.hit('a', 60_002).allowed).toBe(true);
  });
});

describe('settings and small helpers', () => {
  it('reads PARLEY_ANONYMOUS_READ, true unless said otherwise', () => {
    expect(anonymousReadAllowed({})).toBe(true);
    expect(anonymousReadAllowed({ PARLEY_ANONYMOUS_READ: 'false' })).toBe(false);
    expect(anonymousReadAllowed({ PARLEY_ANONYMOUS_READ: '0' })).toBe(false);
    expect(anonymousReadAllowed({ PARLEY_ANONYMOUS_READ: 'true' })).toBe(true);
  });
  it('takes the address the nearest proxy added', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.5' }))).toBe('203.0.113.5');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
  it('only sends back to paths of this site after signing in', () => {
    expect(safeNextPath('/v/abc?x=1')).toBe('/v/abc?x=1');
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', undefined, '']) expect(safeNextPath(next)).toBe('/');
  });
});

describe('password hashing', () => {
  it('stores scrypt with its parameters and a random salt, and verifies in constant time', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});
