import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Role } from '../../lib/auth/roles';
import { SESSION_COOKIE } from '../../lib/auth/session-cookie';
import { hashPassword } from '../accounts/passwords';
import { testDatabaseSettings } from './database';

/**
 * Accounts for tests: one user per role, each with a session whose token is fixed, so that a test can act as a
 * viewer, editor or admin by sending a cookie (`signedInAs('editor')`) without signing in first. Created by every
 * reset of the test database (see resetToDemoData); tests needing more users call `createTestUser`.
 */

export interface TestUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  password: string;
  /** The session token the user's cookie carries. */
  token: string;
}

function testUser(role: Role, username: string = `test-${role}`): TestUser {
  const name = `Test ${username.replace(/^test-/, '').replace(/^./, (first) => first.toUpperCase())}`;
  // Fixed and long enough to pass the token check; derived from the username so that each user's differs.
  const token = createHash('sha256').update(`parley-test-session:${username}`).digest('base64url');
  return { id: `00000000-0000-4000-8000-${createHash('sha256').update(username).digest('hex').slice(0, 12)}`, username, name, role, password: `${username}-password`, token };
}

export const TEST_USERS: Record<Role, TestUser> = {
  viewer: testUser('viewer'),
  editor: testUser('editor'),
  admin: testUser('admin'),
};

// Hashing is slow on purpose; each test password is hashed once per process.
const hashes = new Map<string, Promise<string>>();

/** Creates (or re-creates, enabled and with its role) a test user and its fixed session. */
export async function createTestUser(driver: Driver, user: TestUser): Promise<void> {
  if (!hashes.has(user.password)) hashes.set(user.password, hashPassword(user.password));
  const passwordHash = await hashes.get(user.password)!;
  const at = new Date().toISOString();
  await driver.executeQuery(
    `MERGE (u:User {username: $username})
     SET u.id = $id, u.name = $name, u.role = $role, u.disabled = false, u.passwordHash = $passwordHash,
         u.createdAt = coalesce(u.createdAt, $at), u.updatedAt = $at
     MERGE (s:Session {tokenHash: $tokenHash})
     SET s.createdAt = $at, s.expiresAt = $expiresAt
     MERGE (s)-[:FOR]->(u)`,
    {
      ...user,
      passwordHash,
      tokenHash: createHash('sha256').update(user.token).digest('hex'),
      at,
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
    },
    { database: testDatabaseSettings().database },
  );
}

export async function createTestAccounts(driver: Driver): Promise<void> {
  for (const user of Object.values(TEST_USERS)) await createTestUser(driver, user);
}

/** A further user for tests that need several people of one role (ten editors at once, say). */
export function extraTestUser(role: Role, username: string): TestUser {
  return testUser(role, username);
}

/** The request headers of a test user's session: the cookie, as a browser would send it. */
export function signedInAs(who: Role | TestUser): Record<string, string> {
  const user = typeof who === 'string' ? TEST_USERS[who] : who;
  return { Cookie: `${SESSION_COOKIE}=${user.token}` };
}
