import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_USERS } from '../db/testing/accounts';
import type { Role } from '../lib/auth/roles';
import { SESSION_COOKIE } from '../lib/auth/session-cookie';
import { leftPane, openApp, searchBox } from './support';

/**
 * Helpers of the authoring specs: act as the test editor, open the authoring dialogs, and fill their pickers the
 * way an analyst does (type, then choose an option).
 */

export interface ActAs {
  /** Editors write; deleted records, restoring and histories are for admins. */
  role?: Role;
}

/** Signs the page in as a test user: the session cookie of its fixed session (see db/testing/accounts). */
export async function actAs(page: Page, baseURL: string, { role = 'editor' }: ActAs = {}): Promise<void> {
  await page.context().addCookies([{ name: SESSION_COOKIE, value: TEST_USERS[role].token, url: baseURL }]);
}

/** Headers for writing through the API from a spec, as a test user on this site. */
export function apiHeaders(baseURL: string, role: Role = 'editor'): Record<string, string> {
  return { Origin: baseURL, Cookie: `${SESSION_COOKIE}=${TEST_USERS[role].token}` };
}

export function dialog(page: Page, name: string | RegExp): Locator {
  return page.getByRole('dialog', { name });
}

/** Opens one of the left pane's "New actor", "New tie", "New meeting" dialogs. */
export async function openNew(page: Page, what: 'New actor' | 'New tie' | 'New meeting'): Promise<Locator> {
  await leftPane(page).getByRole('button', { name: what, exact: true }).click();
  const opened = dialog(page, what);
  await expect(opened).toBeVisible();
  return opened;
}

/** Chooses an actor in one of a form's actor comboboxes ("Subject", "Object", "Participant 2"). */
export async function pickActor(scope: Locator, label: string, query: string, name: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(query);
  await scope.getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
  await expect(scope.getByText(`${label}:`, { exact: true })).toBeVisible();
}

/** Selects an actor in the explorer with the search box, so that Details shows it. */
export async function selectActor(page: Page, query: string, name: string): Promise<void> {
  await searchBox(page).fill(query);
  await leftPane(page).getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
  await expect(page.getByRole('tabpanel', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(name);
}

export async function openExplorer(page: Page, baseURL: string, options?: ActAs): Promise<void> {
  await actAs(page, baseURL, options);
  await openApp(page);
}
