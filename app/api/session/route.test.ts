import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_USERS, signedInAs } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { adminRequest, jsonRequest, TEST_ORIGIN } from '@/db/testing/requests';
import { POST as changePassword } from '../account/password/route';
import { POST as createActor } from '../actors/route';
import { PATCH as updateUser } from '../users/[id]/route';
import { GET as listUsers, POST as createUser } from '../users/route';
import { DELETE as signOut, GET as whoAmI, POST as signIn } from './route';

const EDITOR = TEST_USERS.editor;
const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  signIn(jsonRequest('POST', '/api/session', { username, password }, headers));
const tokenOf = (response: Response) => /parley_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
const asToken = (token: string) => ({ Cookie: `parley_session=${token}` });

describe('signing in and out, and passwords (against Neo4j)', () => {
  const db = useDemoDatabase();
  const limits = { signIn: process.env.PARLEY_SIGNIN_LIMIT, write: process.env.PARLEY_WRITE_LIMIT };
  afterEach(() => {
    process.env.PARLEY_SIGNIN_LIMIT = limits.signIn;
    process.env.PARLEY_WRITE_LIMIT = limits.write;
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie, Secure except on localhost, and the session works', async () => {
    const response = await login(EDITOR.username.toUpperCase(), EDITOR.password);
    expect(response.status).toBe(200);
    expect((await response.json()).user).toEqual({ id: EDITOR.id, username: EDITOR.username, name: EDITOR.name, role: 'editor' });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/Max-Age=604800/);
    const token = tokenOf(response);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await db.counts();
    expect(stored['label:Session']).toBe(4);

    const me = await (await whoAmI(jsonRequest('GET', '/api/session', undefined, asToken(token)))).json();
    expect(me).toEqual({ user: expect.objectContaining({ username: EDITOR.username }), anonymousRead: true });

    const local = await signIn(
      new NextRequest('http://localhost:3000/api/session', {
        method: 'POST',
        headers: { Origin: 'http://localhost:3000', Host: 'localhost:3000', 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: EDITOR.username, password: EDITOR.password }),
      }),
    );
    expect(local.status).toBe(200);
    expect(local.headers.get('set-cookie')).not.toMatch(/Secure/i);

    const out = await signOut(jsonRequest('DELETE', '/api/session', undefined, asToken(token)));
    expect(out.headers.get('set-cookie')).toMatch(/parley_session=;.*Max-Age=0/);
    expect((await (await whoAmI(jsonRequest('GET', '/api/session', undefined, asToken(token)))).json()).user).toBeNull();
  });

  it('answers the same 401 for a wrong password and an unknown user, and 403 for a disabled account', async () => {
    for (const [username, password] of [
      [EDITOR.username, 'wrong-password'],
      ['nobody-at-all', 'whatever-it-is'],
    ]) {
      const refused = await login(username!, password!);
      expect(refused.status).toBe(401);
      expect((await refused.json()).error.message).toBe('Wrong username or password.');
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    await db.run("MATCH (u:User {username: 'test-viewer'}) SET u.disabled = true");
    const disabled = await login(TEST_USERS.viewer.username, TEST_USERS.viewer.password);
    expect(disabled.status).toBe(403);
    // The session a disabled user already had no longer works either.
    expect((await (await whoAmI(jsonRequest('GET', '/', undefined, signedInAs('viewer')))).json()).user).toBeNull();
    await db.reset();
  });

  it('locks a username out from the address that failed too often, and only from there', async () => {
    process.env.PARLEY_SIGNIN_LIMIT = '3';
    const attacker = { 'X-Forwarded-For': '203.0.113.7' };
    for (let attempt = 0; attempt < 3; attempt++) expect((await login('test-admin', 'wrong', attacker)).status).toBe(401);
    const limited = await login('test-admin', TEST_USERS.admin.password, attacker);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(60);
    expect((await limited.json()).error).toMatchObject({ code: 'too_many_requests', message: expect.stringMatching(/Too many sign-in attempts.*Wait 1 minute/) });
    // The account's owner, elsewhere, still signs in; so does another user from the attacker's address.
    expect((await login('test-admin', TEST_USERS.admin.password, { 'X-Forwarded-For': '198.51.100.1' })).status).toBe(200);
    expect((await login(EDITOR.username, EDITOR.password, attacker)).status).toBe(200);
  });

  it('clears a username’s failures from an address at its next right password', async () => {
    process.env.PARLEY_SIGNIN_LIMIT = '3';
    const address = { 'X-Forwarded-For': '203.0.113.8' };
    for (let round = 0; round < 3; round++) {
      for (let attempt = 0; attempt < 2; attempt++) expect((await login(EDITOR.username, 'wrong', address)).status).toBe(401);
      expect((await login(EDITOR.username, EDITOR.password, address)).status).toBe(200);
    }
  });

  it('limits the sign-in attempts from one address, whatever the usernames', async () => {
    process.env.PARLEY_SIGNIN_LIMIT = '2';
    const address = { 'X-Forwarded-For': '203.0.113.9' };
    for (let attempt = 0; attempt < 10; attempt++) expect((await login(`nobody-${attempt}`, 'wrong', address)).status).toBe(401);
    expect((await login(EDITOR.username, EDITOR.password, address)).status).toBe(429);
    expect((await login(EDITOR.username, EDITOR.password, { 'X-Forwarded-For': '203.0.113.10' })).status).toBe(200);
  });

  it('counts wrong current passwords in a password change toward the same lockout', async () => {
    process.env.PARLEY_SIGNIN_LIMIT = '2';
    const change = (currentPassword: string) =>
      changePassword(
        jsonRequest('POST', '/api/account/password', { currentPassword, newPassword: 'a-new-long-password' }, { ...signedInAs('viewer'), 'X-Forwarded-For': '203.0.113.11' }),
      );
    expect((await change('wrong-one')).status).toBe(400);
    expect((await change('wrong-two')).status).toBe(400);
    expect((await change(TEST_USERS.viewer.password)).status).toBe(429);
  });

  it('answers 429 with Retry-After when one user writes too fast', async () => {
    process.env.PARLEY_WRITE_LIMIT = '2';
    const post = (name: string) => createActor(jsonRequest('POST', '/api/actors', { name, kind: 'person' }, { ...signedInAs('editor'), 'X-Forwarded-For': '192.0.2.9' }));
    expect((await post('Rate One')).status).toBe(201);
    expect((await post('Rate Two')).status).toBe(201);
    const before = await db.counts();
    const limited = await post('Rate Three');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.message).toMatch(/Too many changes in a short time/);
    expect(await db.counts()).toEqual(before);
  });

  it('changes a password given the current one, ending the other sessions', async () => {
    const other = tokenOf(await login(EDITOR.username, EDITOR.password));
    const wrong = await changePassword(jsonRequest('POST', '/', { currentPassword: 'nope', newPassword: 'another-long-one' }, signedInAs('editor')));
    expect(wrong.status).toBe(400);
    const short = await changePassword(jsonRequest('POST', '/', { currentPassword: EDITOR.password, newPassword: 'short' }, signedInAs('editor')));
    expect((await short.json()).error.issues[0].field).toBe('newPassword');
    const changed = await changePassword(jsonRequest('POST', '/', { currentPassword: EDITOR.password, newPassword: 'another-long-one' }, signedInAs('editor')));
    expect(changed.status).toBe(200);
    expect((await (await whoAmI(jsonRequest('GET', '/', undefined, asToken(other)))).json()).user).toBeNull();
    expect((await (await whoAmI(jsonRequest('GET', '/', undefined, signedInAs('editor')))).json()).user.username).toBe(EDITOR.username);
    expect((await login(EDITOR.username, EDITOR.password)).status).toBe(401);
    expect((await login(EDITOR.username, 'another-long-one')).status).toBe(200);
    const { rows } = { rows: await db.counts() };
    expect(rows['label:User']).toBe(3);
    await db.reset();
  });

  it('lets an admin create accounts, change roles and disable them, but not demote or disable themself', async () => {
    const created = await createUser(adminRequest('POST', '/api/users', { username: 'Bob', name: 'Bob Dupont', role: 'viewer', password: 'bobs-long-password' }));
    expect(created.status).toBe(201);
    const { user } = await created.json();
    expect(user).toMatchObject({ username: 'bob', name: 'Bob Dupont', role: 'viewer', disabled: false });
    expect(JSON.stringify(user)).not.toMatch(/password|scrypt/i);
    const stored = await db.counts();
    expect(stored['label:User']).toBe(4);
    const taken = await createUser(adminRequest('POST', '/api/users', { username: 'bob', name: 'B', role: 'viewer', password: 'bobs-long-password' }));
    expect(taken.status).toBe(409);

    const bob = tokenOf(await login('bob', 'bobs-long-password'));
    const denied = await createActor(jsonRequest('POST', '/api/actors', { name: 'By Bob', kind: 'person' }, asToken(bob)));
    expect(denied.status).toBe(403);
    expect((await denied.json()).error.message).toBe('You need the editor role to do this. Ask an admin to change your role.');
    const promote = await updateUser(adminRequest('PATCH', `/api/users/${user.id}`, { role: 'editor' }), { params: Promise.resolve({ id: user.id }) });
    expect((await promote.json()).user.role).toBe('editor');
    expect((await createActor(jsonRequest('POST', '/api/actors', { name: 'By Bob', kind: 'person' }, asToken(bob)))).status).toBe(201);
    const disable = await updateUser(adminRequest('PATCH', '/', { disabled: true }), { params: Promise.resolve({ id: user.id }) });
    expect((await disable.json()).user.disabled).toBe(true);
    expect((await createActor(jsonRequest('POST', '/api/actors', { name: 'By Bob 2', kind: 'person' }, asToken(bob)))).status).toBe(401);

    const self = await updateUser(adminRequest('PATCH', '/', { role: 'viewer' }), { params: Promise.resolve({ id: TEST_USERS.admin.id }) });
    expect(self.status).toBe(409);
    const listed = await (await listUsers(adminRequest('GET', '/api/users'))).json();
    expect(listed.users.map((account: { username: string }) => account.username)).toEqual(['bob', 'test-admin', 'test-editor', 'test-viewer']);
    expect((await listUsers(jsonRequest('GET', '/api/users', undefined, signedInAs('editor')))).status).toBe(403);
    expect((await listUsers(new NextRequest(`${TEST_ORIGIN}/api/users`))).status).toBe(401);
  });
});
