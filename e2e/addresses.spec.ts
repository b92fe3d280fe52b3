import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { TEST_USERS } from '../db/testing/accounts';

/**
 * Against the real server: the address the sign-in limits count is the socket's, not what the client writes in
 * `X-Forwarded-For`. Each party connects from its own loopback address (Linux routes all of 127.0.0.0/8 to this
 * machine), so that the limits these tests reach hold back no other spec, which all come from 127.0.0.1.
 */

const SIGN_IN_LIMIT = Number(process.env.PARLEY_SIGNIN_LIMIT) || 10;
const ADDRESS_LIMIT = SIGN_IN_LIMIT * 5;

function signInFrom(
  baseURL: string,
  localAddress: string,
  credentials: { username: string; password: string },
  forwardedFor?: string,
): Promise<number> {
  const url = new URL('/api/session', baseURL);
  const body = JSON.stringify(credentials);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: {
          Origin: url.origin,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

test.describe('sign-in limits count the address the request really came from', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test.setTimeout(120_000);

  test('an attacker who writes a new X-Forwarded-For on every try is still limited', async ({ baseURL }) => {
    const attacker = '127.0.0.2';
    for (let attempt = 1; attempt <= ADDRESS_LIMIT; attempt++) {
      const status = await signInFrom(baseURL!, attacker, { username: `nobody-${attempt}`, password: 'guess' }, `198.51.100.${attempt}`);
      expect(status, `attempt ${attempt}`).toBe(401);
    }
    expect(await signInFrom(baseURL!, attacker, { username: 'nobody-else', password: 'guess' }, '192.0.2.200')).toBe(429);
  });

  test("a victim's address sent by an attacker does not lock the victim out", async ({ baseURL }) => {
    const [attacker, victim] = ['127.0.0.3', '127.0.0.4'];
    const { username, password } = TEST_USERS.viewer;
    for (let attempt = 1; attempt <= SIGN_IN_LIMIT; attempt++) {
      expect(await signInFrom(baseURL!, attacker, { username, password: 'wrong' }, victim), `attempt ${attempt}`).toBe(401);
    }
    // The attacker's own address is locked out of this account…
    expect(await signInFrom(baseURL!, attacker, { username, password }, victim)).toBe(429);
    // …and the victim, from their address, signs in.
    expect(await signInFrom(baseURL!, victim, { username, password })).toBe(200);
  });
});
