import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal, UserAccount } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import type { UserCreateInput, UserUpdateInput } from '../../lib/schemas/account';
import { readTransaction, writeTransaction } from '../driver';
import { requireRole } from './authorize';
import { hashPassword, verifyPassword } from './passwords';

/** Accounts: created and managed by admins; each user changes their own password. */

const ACCOUNT_FIELDS = 'u {.id, .username, .name, .role, disabled: coalesce(u.disabled, false), .createdAt}';

export async function listUsers({ principal }: { principal: Principal | null }): Promise<UserAccount[]> {
  requireRole(principal, 'admin');
  return readTransaction(async (tx) => {
    const result = await tx.run<{ user: UserAccount }>(`MATCH (u:User) RETURN ${ACCOUNT_FIELDS} AS user ORDER BY u.username`);
    return result.records.map((record) => record.get('user'));
  });
}

async function insertUser(tx: ManagedTransaction, input: UserCreateInput, passwordHash: string): Promise<UserAccount> {
  const taken = await tx.run('MATCH (u:User {username: $username}) RETURN u.id AS id', { username: input.username });
  if (taken.records.length > 0) {
    throw new AppError('conflict', `The username "${input.username}" is taken.`, [{ field: 'username', message: 'Taken' }]);
  }
  const result = await tx.run<{ user: UserAccount }>(
    `CREATE (u:User {id: $id, username: $username, name: $name, role: $role, disabled: false, passwordHash: $passwordHash,
                     createdAt: $at, updatedAt: $at})
     RETURN ${ACCOUNT_FIELDS} AS user`,
    { id: randomUUID(), username: input.username, name: input.name, role: input.role, passwordHash, at: new Date().toISOString() },
  );
  return result.records[0]!.get('user');
}

/** `POST /api/users` (admin): a new account with its role and initial password. */
export async function createUser({ principal, input }: { principal: Principal | null; input: UserCreateInput }): Promise<UserAccount> {
  requireRole(principal, 'admin');
  // Hashed before the transaction: the hash is slow on purpose, and a retried transaction should not redo it.
  const passwordHash = await hashPassword(input.password);
  return writeTransaction((tx) => insertUser(tx, input, passwordHash));
}

export const LAST_ADMIN_MESSAGE =
  'This change would leave no enabled admin (another admin was changed at the same moment). Reload the accounts and try again.';

/**
 * Two admins demoting or disabling each other at the same moment: each transaction locks every enabled admin, in
 * one order, before it changes anyone, so the second waits for the first to commit and then counts what it left.
 */
async function lockEnabledAdmins(tx: ManagedTransaction): Promise<void> {
  await tx.run(
    `MATCH (u:User {role: 'admin'}) WHERE NOT coalesce(u.disabled, false)
     WITH u ORDER BY u.id
     SET u._lock = true
     REMOVE u._lock`,
  );
}

async function enabledAdminCount(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run<{ admins: number }>(`MATCH (u:User {role: 'admin'}) WHERE NOT coalesce(u.disabled, false) RETURN count(u) AS admins`);
  return result.records[0]!.get('admins');
}

/**
 * `PATCH /api/users/:id` (admin): name, role, disabled. A disabled account's sessions end at once, and a changed
 * role applies to the next request. An admin cannot demote or disable themself, and no change may leave no enabled
 * admin, so that someone stays admin.
 */
export async function updateUser({
  principal,
  id,
  changes,
}: {
  principal: Principal | null;
  id: string;
  changes: UserUpdateInput;
}): Promise<UserAccount> {
  const admin = requireRole(principal, 'admin');
  if (id === admin.id && ((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true)) {
    throw new AppError('conflict', 'You cannot take the admin role from your own account or disable it; ask another admin to.');
  }
  const mayRemoveAnAdmin = (changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true;
  return writeTransaction(async (tx) => {
    if (mayRemoveAnAdmin) await lockEnabledAdmins(tx);
    const result = await tx.run<{ user: UserAccount }>(
      `MATCH (u:User {id: $id})
       SET u += $changes, u.updatedAt = $at
       WITH u
       CALL (u) { MATCH (s:Session)-[:FOR]->(u) WHERE u.disabled DETACH DELETE s }
       RETURN ${ACCOUNT_FIELDS} AS user`,
      { id, changes, at: new Date().toISOString() },
    );
    const user = result.records[0]?.get('user');
    if (!user) throw new AppError('not_found', 'No such user.');
    // Thrown inside the transaction, so that the change is rolled back with it.
    if (mayRemoveAnAdmin && (await enabledAdminCount(tx)) === 0) throw new AppError('conflict', LAST_ADMIN_MESSAGE);
    return user;
  });
}

/**
 * `POST /api/account/password`: the signed-in user's own password, given the current one. Every other session of
 * the account ends (a password changed because it leaked should lock out whoever has it); `keepSession` stays.
 */
export async function changePassword({
  principal,
  currentPassword,
  newPassword,
  keepSession,
}: {
  principal: Principal | null;
  currentPassword: string;
  newPassword: string;
  keepSession: string | null;
}): Promise<void> {
  const user = requireRole(principal, 'viewer');
  const stored = await readTransaction(async (tx) => {
    const result = await tx.run<{ hash: string }>('MATCH (u:User {id: $id}) RETURN u.passwordHash AS hash', { id: user.id });
    return result.records[0]?.get('hash');
  });
  if (!stored || !(await verifyPassword(currentPassword, stored))) {
    throw new AppError('bad_request', 'Your current password is not right.', [{ field: 'currentPassword', message: 'Not right' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await writeTransaction((tx) =>
    tx.run(
      `MATCH (u:User {id: $id})
       SET u.passwordHash = $passwordHash, u.updatedAt = $at
       WITH u
       CALL (u) { MATCH (s:Session)-[:FOR]->(u) WHERE s.tokenHash <> $keepSession DETACH DELETE s }`,
      { id: user.id, passwordHash, keepSession: keepSession ?? '', at: new Date().toISOString() },
    ),
  );
}

/**
 * The first admin, made by `npm run admin:create` with direct access to the database (no one is signed in yet).
 * An existing username becomes an enabled admin with this password: the way back in for a locked-out operator.
 */
export async function bootstrapAdmin(input: Omit<UserCreateInput, 'role'>): Promise<{ user: UserAccount; created: boolean }> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(async (tx) => {
    const existing = await tx.run<{ user: UserAccount }>(
      `MATCH (u:User {username: $username})
       SET u.role = 'admin', u.disabled = false, u.name = $name, u.passwordHash = $passwordHash, u.updatedAt = $at
       RETURN ${ACCOUNT_FIELDS} AS user`,
      { ...input, passwordHash, at: new Date().toISOString() },
    );
    const user = existing.records[0]?.get('user');
    if (user) return { user, created: false };
    return { user: await insertUser(tx, { ...input, role: 'admin' }, passwordHash), created: true };
  });
}
