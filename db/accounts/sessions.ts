import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Principal } from '../../lib/auth/roles';
import { SESSION_MAX_AGE_SECONDS } from '../../lib/auth/session-cookie';
import { AppError } from '../../lib/errors';
import { readTransaction, writeTransaction } from '../driver';
import { decoyHash, verifyPassword } from './passwords';

/**
 * Sessions: a random 32-byte token goes to the browser in the cookie; the database keeps only its SHA-256, so a
 * copy of the database opens no session. Each has a fixed expiry; signing out deletes it.
 */

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const WRONG_CREDENTIALS = 'Wrong username or password.';

export interface SignedIn {
  token: string;
  principal: Principal;
  expiresAt: string;
}

/** Checks the password and opens a session; 401 with the same message whether the username or the password is wrong. */
export async function signIn({ username, password }: { username: string; password: string }): Promise<SignedIn> {
  const user = await readTransaction(async (tx) => {
    const result = await tx.run<{ user: Principal & { passwordHash: string; disabled: boolean } }>(
      'MATCH (u:User {username: $username}) RETURN u {.id, .username, .name, .role, .passwordHash, disabled: coalesce(u.disabled, false)} AS user',
      { username: username.trim().toLowerCase() },
    );
    return result.records[0]?.get('user');
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !matches) throw new AppError('unauthorized', WRONG_CREDENTIALS);
  if (user.disabled) throw new AppError('forbidden', 'This account is disabled. Ask an admin to enable it.');

  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000).toISOString();
  await writeTransaction(async (tx) => {
    // Expired sessions go when someone signs in: no separate clean-up job is needed.
    await tx.run('MATCH (s:Session) WHERE s.expiresAt < $now DETACH DELETE s', { now: now.toISOString() });
    await tx.run(
      `MATCH (u:User {id: $userId})
       CREATE (:Session {tokenHash: $tokenHash, createdAt: $now, expiresAt: $expiresAt})-[:FOR]->(u)`,
      { userId: user.id, tokenHash: tokenHash(token), now: now.toISOString(), expiresAt },
    );
  });
  return { token, principal: { id: user.id, username: user.username, name: user.name, role: user.role }, expiresAt };
}

/** The user a session token belongs to, while the session lasts and the account is enabled; null otherwise. */
export async function principalForToken(token: string): Promise<Principal | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return readTransaction(async (tx) => {
    const result = await tx.run<{ user: Principal }>(
      `MATCH (s:Session {tokenHash: $tokenHash})-[:FOR]->(u:User)
       WHERE s.expiresAt > $now AND NOT coalesce(u.disabled, false)
       RETURN u {.id, .username, .name, .role} AS user`,
      { tokenHash: tokenHash(token), now: new Date().toISOString() },
    );
    return result.records[0]?.get('user') ?? null;
  });
}

export async function signOut(token: string): Promise<void> {
  await writeTransaction((tx) => tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash: tokenHash(token) }));
}
