import { expect, test } from '@playwright/test';
import { TEST_USERS } from '../db/testing/accounts';
import { storageStateOf } from './global-setup';
import { apiHeaders } from './authoring-helpers';
import { openApp } from './support';

const header = (page: import('@playwright/test').Page) => page.locator('header.app-header');

test.describe('an anonymous visitor', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('reads the graph but sees no write action, and signs in and out', async ({ page }) => {
    await openApp(page);
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Import' })).toHaveCount(0);
    await page.getByText('Share', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Share this exact picture' })).toHaveCount(0);
    await expect(page.getByRole('note').filter({ hasText: 'to share a snapshot' })).toBeVisible();

    await header(page).getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/signin/);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Username').fill(TEST_USERS.editor.username);
    await form.getByLabel('Password').fill('not the password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form.getByRole('alert')).toHaveText('Wrong username or password.');
    await form.getByLabel('Password').fill(TEST_USERS.editor.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(header(page).getByText(`${TEST_USERS.editor.name} · editor`)).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Import' })).toBeVisible();

    await header(page).getByText(`${TEST_USERS.editor.name} · editor`).click();
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Import' })).toHaveCount(0);
  });

  test('is sent to sign in for the account and admin pages', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/signin\?next=(%2F|\/)admin(%2F|\/)users/);
  });

  test('stays on the app after signing in, whatever ?next= says', async ({ page, baseURL }) => {
    // Browsers drop the tab, leaving `//evil.example`: another host.
    await page.goto('/signin?next=/%09/evil.example');
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Username').fill(TEST_USERS.editor.username);
    await form.getByLabel('Password').fill(TEST_USERS.editor.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(header(page).getByText(`${TEST_USERS.editor.name} · editor`)).toBeVisible();
    expect(new URL(page.url()).origin).toBe(baseURL);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

test.describe('a signed-in user on the sign-in page', () => {
  test('is offered a "Go on" link that stays on the app, whatever ?next= says', async ({ page, baseURL }) => {
    for (const next of ['/%09/evil.example', '/%0A/evil.example', '/%0D/evil.example', '/%5Cevil.example', '/%5C/evil.example', '//evil.example', 'https://evil.example', '/.//evil.example']) {
      await page.goto(`/signin?next=${next}`);
      await expect(page.getByRole('link', { name: 'Go on' }), next).toHaveAttribute('href', '/');
    }
    await page.goto('/signin?next=/%0A/evil.example');
    await page.getByRole('link', { name: 'Go on' }).click();
    await expect(page.getByTestId('graph-canvas')).toBeAttached({ timeout: 20_000 });
    expect(new URL(page.url()).origin).toBe(baseURL);

    // A path on the app is kept.
    await page.goto(`/signin?next=${encodeURIComponent('/account')}`);
    await expect(page.getByRole('link', { name: 'Go on' })).toHaveAttribute('href', '/account');
  });
});

test.describe('a viewer', () => {
  test.use({ storageState: storageStateOf('viewer') });

  test('shares snapshots but is told an editor is needed to import or manage users', async ({ page }) => {
    await openApp(page);
    await expect(header(page).getByText(`${TEST_USERS.viewer.name} · viewer`)).toBeVisible();
    await page.getByText('Share', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Share this exact picture' })).toBeVisible();
    await page.goto('/import');
    await expect(page.getByRole('note')).toHaveText(/You need the editor role to do this/);
    await page.goto('/admin/users');
    await expect(page.getByRole('note')).toHaveText(/You need the admin role to do this/);
  });

  test('is refused by the API with the same message when it tries to write anyway', async ({ page }) => {
    await openApp(page);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/actors', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'X', kind: 'person' }) });
      return { status: response.status, body: await response.json() };
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error.message).toMatch(/You need the editor role/);
  });
});

test.describe('an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('creates an account, changes its role and disables it', async ({ page }) => {
    await page.goto('/admin/users');
    const accounts = page.getByRole('table', { name: 'Accounts' });
    await expect(accounts.getByRole('rowheader', { name: TEST_USERS.viewer.username })).toBeVisible();
    const form = page.getByRole('form', { name: 'New account' });
    await form.getByLabel('Username').fill('claire');
    await form.getByLabel('Display name').fill('Claire Dubois');
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByLabel('Initial password').fill('claires-long-password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByRole('status')).toHaveText(/Created claire \(viewer\)/);
    const row = accounts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'claire' }) });
    await row.getByLabel('Role of claire').selectOption('editor');
    await expect(row.getByLabel('Role of claire')).toHaveValue('editor');
    await row.getByRole('button', { name: 'Disable claire' }).click();
    await expect(row.getByText('Disabled')).toBeVisible();
  });
});

test.describe('a new user', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('changes the initial password, told next to each field what is wrong until it is right', async ({ page, baseURL }) => {
    // An account of its own: changing the password signs out the user's other sessions.
    const username = `pat-${Date.now()}`;
    const created = await page.request.post('/api/users', {
      headers: apiHeaders(baseURL!, 'admin'),
      data: { username, name: 'Pat Lee', role: 'viewer', password: 'the-initial-password' },
    });
    expect(created.status()).toBe(201);

    await page.goto('/signin?next=/account');
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByLabel('Username').fill(username);
    await signIn.getByLabel('Password').fill('the-initial-password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();

    const form = page.getByRole('form', { name: 'Change your password' });
    await form.getByLabel('Current password').fill('the-initial-password');
    await form.getByLabel('New password (at least 10 characters)').fill('short');
    await form.getByLabel('New password again').fill('short');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByLabel('New password (at least 10 characters)')).toBeFocused();
    await expect(form.getByText('At least 10 characters', { exact: true })).toBeVisible();

    await form.getByLabel('New password (at least 10 characters)').fill('pats-own-password');
    await expect(form.getByText('At least 10 characters', { exact: true })).toBeHidden();
    await form.getByLabel('New password again').fill('pats-own-passwort');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByText('The two new passwords differ.')).toBeVisible();
    await expect(form.getByLabel('New password again')).toBeFocused();

    await form.getByLabel('New password again').fill('pats-own-password');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('status')).toHaveText('Your password is changed. Your other sessions were signed out.');
    await expect(form.getByLabel('Current password')).toHaveValue('');

    // The wrong current password is the server's to say, next to the field.
    await form.getByLabel('Current password').fill('the-initial-password');
    await form.getByLabel('New password (at least 10 characters)').fill('yet-another-password');
    await form.getByLabel('New password again').fill('yet-another-password');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('alert')).toHaveText('Your current password is not right.');
    await expect(form.getByText('Not right', { exact: true })).toBeVisible();
    await expect(form.getByLabel('Current password')).toBeFocused();
    await expect(form.getByRole('status')).toHaveCount(0);

    const again = await page.request.post('/api/session', { headers: { Origin: baseURL! }, data: { username, password: 'pats-own-password' } });
    expect(again.status()).toBe(200);
  });
});
