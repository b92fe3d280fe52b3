import { describe, expect, it } from 'vitest';
import { HASHES_AT_ONCE, HASHES_WAITING, hashPassword, verifyPassword } from '@/db/accounts/passwords';
import { AppError } from '../errors';
import { anonymousReadAllowed } from './access';
import { clientAddress } from './limits';
import { safeNextPath } from './next-path';
import { lockMsAfter, lockVerdict, windowPlace, windowVerdict, type WindowedLimit } from './rate-limit';
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

describe('sliding-window rate limit arithmetic', () => {
  const twoAMinute: WindowedLimit = { name: 'write-user', key: 'alice', limit: 2, windowMs: 60_000 };

  it('stores one count per key and window, with the setting in the key, kept until it is no longer the previous window', () => {
    const place = windowPlace(twoAMinute, 90_000);
    expect(place.currentKey).toBe('write-user\n2/60000\nalice\n1');
    expect(place.previousKey).toBe('write-user\n2/60000\nalice\n0');
    expect(place.previousWeight).toBe(0.5);
    expect(place.expiresAt).toBe(180_000);
    expect(windowPlace({ ...twoAMinute, limit: 3 }, 90_000).currentKey).not.toBe(place.currentKey);
  });

  it('allows `limit` attempts in a window, weighs the previous one by how much of it still counts, and says when to retry', () => {
    expect(windowVerdict(twoAMinute, { current: 1, previous: 0 }, 10_000).allowed).toBe(true);
    // Two already this window: refused until the next window, and then until enough of this one has slid out.
    expect(windowVerdict(twoAMinute, { current: 2, previous: 0 }, 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(windowVerdict(twoAMinute, { current: 4, previous: 0 }, 0)).toEqual({ allowed: false, retryAfterSeconds: 90 });
    // At 15 s into a window, three quarters of the previous window's two attempts still count: 1.5 + 1 is too many.
    expect(windowVerdict(twoAMinute, { current: 1, previous: 2 }, 75_000)).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(windowVerdict(twoAMinute, { current: 1, previous: 2 }, 91_000).allowed).toBe(true);
    expect(windowVerdict(twoAMinute, { current: 0, previous: 2 }, 75_000).allowed).toBe(true);
  });
});

describe('settings and small helpers', () => {
  it('reads PARLEY_ANONYMOUS_READ, true unless said otherwise', () => {
    expect(anonymousReadAllowed({})).toBe(true);
    expect(anonymousReadAllowed({ PARLEY_ANONYMOUS_READ: 'false' })).toBe(false);
    expect(anonymousReadAllowed({ PARLEY_ANONYMOUS_READ: '0' })).toBe(false);
    expect(anonymousReadAllowed({ PARLEY_ANONYMOUS_READ: 'true' })).toBe(true);
  });
  it('takes the address the app server left in X-Forwarded-For', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.5' }))).toBe('203.0.113.5');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
  it('only sends back to paths of this site after signing in', () => {
    for (const [next, path] of [
      ['/v/abc?x=1', '/v/abc?x=1'],
      ['/?a=turkey,hamas#details', '/?a=turkey,hamas#details'],
      ['/admin/users', '/admin/users'],
      // Percent-encoded in the path itself, a tab is just a character of a path on this site.
      ['/%09/evil.example', '/%09/evil.example'],
      ['/a/./b/../c', '/a/c'],
    ]) {
      expect(safeNextPath(next)).toBe(path);
    }
    // What `?next=` holds once decoded: browsers drop tabs and newlines and read `\` as `/`, so each is `//evil.example`.
    const elsewhere = [
      'https://evil.example',
      'http://evil.example/',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r/evil.example',
      '/\r\n/evil.example',
      '/\t\\evil.example',
      '\t//evil.example',
      ' //evil.example',
      '/.//evil.example',
      '/a/../..//evil.example',
      'javascript:alert(1)',
      'evil.example',
      '',
      undefined,
      null,
    ];
    for (const next of elsewhere) expect(safeNextPath(next), JSON.stringify(next)).toBe('/');
    expect(safeNextPath(['//evil.example', '/v/abc'])).toBe('/');
    expect(safeNextPath(['/v/abc', '//evil.example'])).toBe('/v/abc');
  });
});

describe('sign-in failure backoff', () => {
  it('locks after `free` failures, twice as long each further failure up to the longest, and says how long is left', () => {
    const backoff = { free: 3, firstLockMs: 60_000, maxLockMs: 240_000, forgetAfterMs: 3_600_000 };
    expect([1, 2, 3, 4, 5, 6].map((failures) => lockMsAfter(failures, backoff))).toEqual([0, 0, 60_000, 120_000, 240_000, 240_000]);
    expect(lockVerdict(63_000, 3_000)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(lockVerdict(63_000, 62_500)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(lockVerdict(63_000, 63_000).allowed).toBe(true);
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

describe('password hashing under load', () => {
  it(`hashes ${HASHES_AT_ONCE} at a time, lets ${HASHES_WAITING} more wait, and refuses the rest at once with 429`, async () => {
    const stored = await hashPassword('correct horse battery');
    const extra = 5;
    const attempts = Array.from({ length: HASHES_AT_ONCE + HASHES_WAITING + extra }, () => verifyPassword('correct horse battery', stored));
    // The refusals come before even the first hash is done.
    expect(await Promise.race(attempts.map((attempt) => attempt.then(() => 'hashed', () => 'refused')))).toBe('refused');
    const outcomes = await Promise.allSettled(attempts);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => outcome.reason as AppError);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value)).toHaveLength(HASHES_AT_ONCE + HASHES_WAITING);
    expect(refused).toHaveLength(extra);
    for (const error of refused) expect(error).toMatchObject({ code: 'too_many_requests', details: { retryAfter: 2 } });
    // Once the burst is through, hashing works again.
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });
});
