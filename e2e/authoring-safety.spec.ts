import { expect, test } from '@playwright/test';
import { resetTestDatabase } from '../db/testing/database';
import { apiHeaders, dialog, openExplorer, openNew, pickActor, selectActor } from './authoring-helpers';
import { actorsTable, detailsHeading, expectHeaderActorCount, headerActorCount, openTab, rowHeader, tabPanel, tiesTable, viewSummary, viewTable } from './support';

/** What keeps writes safe: field errors before anything is sent, one record per double click, edit conflicts, tombstones. */

test.afterAll(resetTestDatabase);

test('bad input is answered next to each field and nothing is sent', async ({ page, baseURL }) => {
  await openExplorer(page, baseURL!);
  await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings');
  const form = await openNew(page, 'New tie');
  await pickActor(form, 'Subject', 'qatar', 'Qatar');
  await form.getByLabel('Type').selectOption('SUPPORTS');
  await pickActor(form, 'Object', 'hamas', 'Hamas');
  await form.getByRole('radio', { name: 'A new source' }).check();
  await form.getByLabel('Source title').fill('A hostile link');
  await form.getByLabel('Web address').fill('javascript:alert(1)');
  await form.getByLabel('Language').fill('en');
  await form.getByRole('button', { name: 'Create tie' }).click();

  const quote = form.getByRole('textbox', { name: 'Quote' });
  await expect(quote).toHaveAttribute('aria-invalid', 'true');
  await expect(quote).toHaveAccessibleDescription(/A quote is required/);
  await expect(form.getByLabel('Web address')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Web address')).toHaveAccessibleDescription(/An http:\/\/ or https:\/\/ address/);
  await expect(form.getByRole('alert')).toContainText('Some fields need attention');
  // The keyboard is taken to the first field in error.
  await expect(form.getByLabel('Web address')).toBeFocused();

  await form.getByLabel('Web address').fill('https://example.org/a');
  await quote.fill('Qatar supports Hamas.');
  await form.getByLabel(/^Since/).fill('2024');
  await form.getByLabel(/^Until/).fill('2020');
  await form.getByRole('button', { name: 'Create tie' }).click();
  await expect(form.getByLabel(/^Until/)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel(/^Until/)).toHaveAccessibleDescription(/Ends before it starts/);
  await expect(quote).not.toHaveAttribute('aria-invalid', 'true');

  // Escape closes the dialog and gives the focus back to the button that opened it; nothing was written.
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByRole('button', { name: 'New tie', exact: true })).toBeFocused();
  await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings');
});

test('an actor form clears a field’s error once it is valid, and asks for a country code instead of cutting a name short', async ({ page, baseURL }) => {
  await openExplorer(page, baseURL!);
  const form = await openNew(page, 'New actor');
  await form.getByRole('button', { name: 'Create actor' }).click();
  const name = form.getByLabel('Name', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Required');
  await expect(form.getByRole('alert')).toContainText('Some fields need attention');

  // Typed, the name is valid: its "Required" goes at once, not at the next submit.
  await name.fill('Hakan Fidan');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Kind', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Kind', { exact: true }).selectOption('person');
  await expect(form.getByRole('alert')).toHaveCount(0);

  // A country's name is kept as typed, the field says a code is wanted and offers the code of the state of that name.
  const country = form.getByLabel('Country');
  await country.fill('Turkey');
  await expect(country).toHaveValue('Turkey');
  await expect(country).toHaveAccessibleDescription(/An ISO 3166 alpha-3 code is wanted, such as TUR/);
  await form.getByRole('button', { name: 'Use TUR' }).click();
  await expect(country).toHaveValue('TUR');
  await expect(form.getByRole('button', { name: 'Use TUR' })).toHaveCount(0);

  // A name the graph does not know as a state is refused at the field, not cut to three letters.
  await country.fill('Atlantis');
  await form.getByRole('button', { name: 'Create actor' }).click();
  await expect(country).toHaveValue('Atlantis');
  await expect(country).toHaveAccessibleDescription(/An ISO 3166 alpha-3 code such as TUR/);
  await country.fill('TUR');
  await expect(country).not.toHaveAttribute('aria-invalid', 'true');
});

test('a double-clicked submit creates one record', async ({ page, baseURL, request }) => {
  await openExplorer(page, baseURL!);
  const form = await openNew(page, 'New actor');
  await form.getByLabel('Name', { exact: true }).fill('Sultanate of Oman');
  await form.getByLabel('Kind', { exact: true }).selectOption('state');
  await form.getByRole('button', { name: 'Create actor' }).dblclick();
  await expect(form).toBeHidden();
  await expect(detailsHeading(page)).toHaveText('Sultanate of Oman');

  const search = await request.get('/api/search?q=Sultanate');
  const { hits } = (await search.json()) as { hits: { id: string }[] };
  expect(hits.map((hit) => hit.id)).toEqual(['sultanate-of-oman']);
  await expect(rowHeader(actorsTable(await viewTable(page)), 'Sultanate of Oman')).toHaveCount(1);
});

test('an edit over a newer save is refused with the current values to reload, and the typed ones kept', async ({ page, baseURL, request }) => {
  // An admin, who may also read the history.
  await openExplorer(page, baseURL!, { role: 'admin' });
  await selectActor(page, 'qatar', 'Qatar');
  await tabPanel(page).getByRole('button', { name: 'Edit', exact: true }).click();
  const form = dialog(page, 'Edit actor');
  const description = form.getByLabel('Description');
  await expect(description).toBeVisible();
  await description.fill('Gulf state; hosts the political bureau of Hamas.');

  // Meanwhile a colleague saves another description.
  const current = (await (await request.get('/api/actors/qatar')).json()) as { actor: { version: number } };
  const theirs = await request.patch('/api/actors/qatar', {
    headers: apiHeaders(baseURL!),
    data: { version: current.actor.version, changes: { description: 'Mediator in the Gaza talks.' } },
  });
  expect(theirs.status()).toBe(200);

  await form.getByRole('button', { name: 'Save changes' }).click();
  const conflict = form.getByRole('alert').filter({ hasText: 'Someone else saved this record first' });
  await expect(conflict).toContainText('This record was changed since you opened it');
  await expect(conflict).toContainText('Gulf state; hosts the political bureau of Hamas.');
  await conflict.getByRole('button', { name: 'Load the current values' }).click();
  await expect(description).toHaveValue('Mediator in the Gaza talks.');
  // The analyst's own text stays in view, to apply again.
  await expect(conflict).toContainText('Yours, to apply again');
  await expect(conflict).toContainText('Gulf state; hosts the political bureau of Hamas.');

  await description.fill('Mediator in the Gaza talks; hosts the political bureau of Hamas.');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(tabPanel(page)).toContainText('Mediator in the Gaza talks; hosts the political bureau of Hamas.');

  // The history shows both edits, field by field.
  await tabPanel(page).getByRole('button', { name: 'History', exact: true }).click();
  const history = dialog(page, 'History of “Qatar”');
  const revisions = history.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
  await expect(revisions).toHaveCount(3);
  await expect(revisions.first()).toContainText('Edited');
  await expect(revisions.first()).toContainText('Mediator in the Gaza talks; hosts the political bureau of Hamas.');
  await expect(revisions.nth(1)).toContainText('Mediator in the Gaza talks.');
  // Field names and headings are never broken inside a word ("Descripti on"): each is drawn on one line.
  const linesOfHeadings = await history.locator('th').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return `${cell.textContent}: ${new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size}`;
    }),
  );
  expect(linesOfHeadings).toContain('description: 1');
  expect(linesOfHeadings.filter((text) => !text.endsWith(': 1'))).toEqual([]);
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(history).toBeHidden();
});

test('a tie and an actor with ties are deleted after confirmation, and restored from Deleted records', async ({ page, baseURL }) => {
  // Deleted records are for admins.
  await openExplorer(page, baseURL!, { role: 'admin' });
  const actorsBefore = await headerActorCount(page);

  // A tie: asked, then gone from the view.
  const table = await viewTable(page);
  await rowHeader(tiesTable(table), 'Egypt mediates for Israel').click();
  await openTab(page, 'Details');
  await tabPanel(page).getByRole('button', { name: 'Delete', exact: true }).click();
  const confirmTie = dialog(page, 'Delete “Egypt mediates for Israel”');
  await expect(confirmTie).toContainText('it can be restored from Deleted records');
  await confirmTie.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirmTie).toBeHidden();
  await expect(viewSummary(page)).toHaveText(/13 ties/);

  // An actor with ties: the first confirmation already says what goes with it, and what it only leaves.
  await selectActor(page, 'hamas', 'Hamas');
  await tabPanel(page).getByRole('button', { name: 'Delete', exact: true }).click();
  const confirmActor = dialog(page, 'Delete “Hamas”');
  await expect(confirmActor.getByTestId('deletion-consequences')).toHaveText(
    /^Deleting Hamas also deletes 5 ties \(“Egypt mediates for Hamas”, “Ismail Haniyeh leads Hamas”, “Israel negotiates with Hamas” and 2 more\), and removes them from 1 meeting that keeps others \(“Multilateral intelligence diplomacy on a Gaza ceasefire”\)\. Restoring it brings all of this back\.$/,
  );
  await confirmActor.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirmActor).toBeHidden();
  await expect(rowHeader(actorsTable(await viewTable(page)), 'Hamas')).toHaveCount(0);
  await expectHeaderActorCount(page, actorsBefore - 1);
  // The talks go on without Hamas: Israel, Egypt, Qatar, the United States and MİT still met.
  await expect(viewSummary(page)).toHaveText(/, 2 meetings$/);

  // Deleted records lists them; restoring Hamas brings back its ties and meetings too.
  await page.getByRole('link', { name: 'Deleted records' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted records' })).toBeVisible();
  const deleted = page.getByRole('table');
  await expect(deleted.getByRole('rowheader', { name: 'Hamas', exact: true })).toBeVisible();
  await expect(deleted.getByRole('rowheader', { name: 'Egypt MEDIATES_FOR Israel', exact: true })).toBeVisible();
  await deleted.getByRole('button', { name: 'Restore Hamas', exact: true }).click();
  const restore = dialog(page, 'Restore “Hamas”');
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(restore).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(/Restored 1 actor, \d+ ties:/);
  await expectHeaderActorCount(page, actorsBefore);
  await expect(deleted.getByRole('rowheader', { name: 'Hamas', exact: true })).toHaveCount(0);
  await expect(deleted.getByRole('rowheader', { name: 'Egypt MEDIATES_FOR Israel', exact: true })).toBeVisible();

  await page.goto('/');
  await expect(viewSummary(page)).toHaveText(/ 13 ties, 2 meetings$/);
  await expect(rowHeader(actorsTable(await viewTable(page)), 'Hamas')).toBeVisible();
});

test('an editor is told that an admin can restore what they delete, not shown an error', async ({ page, baseURL }) => {
  await openExplorer(page, baseURL!);
  await selectActor(page, 'qatar', 'Qatar');
  await tabPanel(page).getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = dialog(page, 'Delete “Qatar”');
  await expect(confirm).toContainText('an admin can restore it from Deleted records');
  await expect(confirm.getByTestId('deletion-consequences')).toContainText('removes them from 1 meeting that keeps others');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/deleted');
  await expect(page.getByRole('status')).toContainText('Only admins list and restore deleted records: nothing you deleted is lost, and an admin can restore it.');
  // No refusal is shown (the role needed, a retry): the page says why instead.
  await expect(page.getByText(/You need the admin role/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});
