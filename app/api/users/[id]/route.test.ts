import { describe, expect, it } from 'vitest';
import { LAST_ADMIN_MESSAGE, updateUser as updateAccount } from '@/db/accounts/users';
import { extraTestUser, TEST_USERS } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { idContext, jsonRequestAs } from '@/db/testing/requests';
import type { Principal } from '@/lib/auth/roles';
import type { UserUpdateInput } from '@/lib/schemas/account';
import { PATCH as updateUser } from './route';

const FIRST = TEST_USERS.admin;
const SECOND = extraTestUser('admin', 'test-admin-two');
const principalOf = ({ id, username, name, role }: typeof FIRST): Principal => ({ id, username, name, role });

/** Two admins, each taking the admin role from the other (or disabling them) at the same moment. */
const CROSSED_CHANGES: [string, UserUpdateInput, UserUpdateInput][] = [
  ['two admins demoting each other', { role: 'viewer' }, { role: 'editor' }],
  ['two admins disabling each other', { disabled: true }, { disabled: true }],
  ['one admin demoting the other as that one disables the first', { role: 'viewer' }, { disabled: true }],
];

describe('PATCH /api/users/:id keeps an enabled admin (against Neo4j)', () => {
  const db = useDemoDatabase();
  const enabledAdmins = async () =>
    (await db.query("MATCH (u:User {role: 'admin'}) WHERE NOT coalesce(u.disabled, false) RETURN u.username AS username")).map(
      (row) => row.username,
    );

  it.each(CROSSED_CHANGES)('lets exactly one change succeed of %s at the same moment', async (_, toSecond, toFirst) => {
    // Several rounds, each from two enabled admins again, so that the two transactions really overlap.
    for (let round = 0; round < 5; round++) {
      await db.addUser(FIRST);
      await db.addUser(SECOND);
      // Straight to the data layer, both already past the session lookup, as two requests in flight would be.
      const outcomes = await Promise.allSettled([
        updateAccount({ principal: principalOf(FIRST), id: SECOND.id, changes: toSecond }),
        updateAccount({ principal: principalOf(SECOND), id: FIRST.id, changes: toFirst }),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected')!;
      expect(refused.reason).toMatchObject({ code: 'conflict', message: LAST_ADMIN_MESSAGE });
      // The refused change was rolled back whole: the admin who made the other one is still an enabled admin.
      const winner = outcomes[0].status === 'fulfilled' ? FIRST : SECOND;
      expect(await enabledAdmins()).toEqual([winner.username]);
    }
  });

  it('still lets an admin demote another admin when one stays', async () => {
    await db.addUser(FIRST);
    await db.addUser(SECOND);
    const response = await updateUser(jsonRequestAs(FIRST)('PATCH', `/api/users/${SECOND.id}`, { role: 'editor' }), idContext(SECOND.id));
    expect(response.status).toBe(200);
    expect((await response.json()).user).toMatchObject({ username: SECOND.username, role: 'editor' });
    expect(await enabledAdmins()).toEqual([FIRST.username]);
    await db.reset();
  });
});
