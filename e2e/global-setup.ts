import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_USERS } from '../db/testing/accounts';
import { resetTestDatabase } from '../db/testing/database';
import { SESSION_COOKIE } from '../lib/auth/session-cookie';
import type { Role } from '../lib/auth/roles';

/** Where each role's signed-in browser state is kept (git-ignored): specs pick one with `test.use({ storageState })`. */
export const AUTH_DIR = path.join(__dirname, '.auth');
export const storageStateOf = (role: Role) => path.join(AUTH_DIR, `${role}.json`);

/**
 * Every end-to-end run starts from the demo data set and the test accounts (a viewer, an editor and an admin, each
 * with a session), whatever the integration tests left behind; each role's session cookie is written as a
 * Playwright storage state, so that specs run signed in without going through the sign-in page.
 */
export default async function globalSetup(): Promise<void> {
  await resetTestDatabase();
  mkdirSync(AUTH_DIR, { recursive: true });
  for (const user of Object.values(TEST_USERS)) {
    const state = {
      cookies: [
        { name: SESSION_COOKIE, value: user.token, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' },
      ],
      origins: [],
    };
    writeFileSync(storageStateOf(user.role), JSON.stringify(state, null, 2));
  }
}
