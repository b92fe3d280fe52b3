import { expect, test } from '@playwright/test';
import { resetTestDatabase } from '../db/testing/database';
import { dialog, openExplorer, openNew, pickActor, selectActor } from './authoring-helpers';
import { detailsHeading, expectHeaderActorCount, headerActorCount, meetingsTable, openTab, rowHeader, tabPanel, tiesTable, actorsTable, viewTable } from './support';

/** Adding actors, sourced ties and meetings in the browser, and seeing them in the graph's table and in Details. */

test.afterAll(resetTestDatabase);

test('an actor is added after the duplicate warning for “Haniye”, which can pick the existing one instead', async ({ page, baseURL }) => {
  await openExplorer(page, baseURL!);
  const actorsBefore = await headerActorCount(page);
  const form = await openNew(page, 'New actor');
  // The dialog takes the keyboard to its first field.
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();

  await form.getByLabel('Name', { exact: true }).fill('Haniye');
  const duplicates = form.getByRole('region', { name: 'Possible duplicates' });
  await expect(duplicates).toContainText('Ismail Haniyeh');
  await expect(duplicates).toContainText('Person');
  await expect(duplicates.getByRole('button', { name: 'Use Ismail Haniyeh' })).toBeVisible();

  // Not him: a different person, with an alias in another script.
  await form.getByLabel('Name', { exact: true }).fill('Hakan Fidan');
  await expect(duplicates).toBeHidden();
  await form.getByRole('button', { name: 'Add an alias' }).click();
  await form.getByLabel('Alias 1').fill('هاكان فيدان');
  await form.getByLabel('Kind', { exact: true }).selectOption('person');
  await form.getByLabel('Country').fill('tur');
  await form.getByLabel('Wikidata id').fill('Q1509093');
  await form.getByRole('button', { name: 'Create actor' }).click();

  await expect(form).toBeHidden();
  await expect(detailsHeading(page)).toHaveText('Hakan Fidan');
  await expect(tabPanel(page)).toContainText('هاكان فيدان');
  await expect(rowHeader(actorsTable(await viewTable(page)), 'Hakan Fidan')).toBeVisible();
  // The header counts him without a reload.
  await expectHeaderActorCount(page, actorsBefore + 1);

  // A duplicate can be used instead of creating one.
  const again = await openNew(page, 'New actor');
  await again.getByLabel('Name', { exact: true }).fill('Haniye');
  await again.getByRole('button', { name: 'Use Ismail Haniyeh' }).click();
  await expect(again).toBeHidden();
  await openTab(page, 'Details');
  await expect(detailsHeading(page)).toHaveText('Ismail Haniyeh');
});

test('a tie is added from an actor with a new source and its quote, then shows in the table and its quote in Details', async ({ page, baseURL }) => {
  await openExplorer(page, baseURL!);
  await selectActor(page, 'qatar', 'Qatar');
  await tabPanel(page).getByRole('button', { name: 'Add a tie from this actor' }).click();
  const form = dialog(page, 'New tie from Qatar');
  await expect(form.getByText('Subject:', { exact: true })).toBeVisible();
  await expect(form).toContainText('Qatar');

  await form.getByLabel('Type').selectOption('FUNDS');
  await pickActor(form, 'Object', 'hamas', 'Hamas');
  await expect(form.getByTestId('tie-sentence')).toHaveText('Qatar funds Hamas');
  await form.getByLabel(/^Since/).fill('2012');
  await expect(form.getByLabel(/^Since/)).toHaveAccessibleDescription(/precise to the year/);
  await form.getByLabel('Confidence').selectOption('high');

  await form.getByRole('radio', { name: 'A new source' }).check();
  await form.getByLabel('Source title').fill('Qatar and Hamas: a decade of money');
  await form.getByLabel('Web address').fill('https://example.org/qatar-hamas');
  await form.getByLabel('Publisher').fill('Example Review');
  await form.getByLabel('Language').fill('en');
  await form.getByLabel('Reliability of the source (Admiralty)').selectOption('B');
  await form.getByRole('textbox', { name: 'Quote' }).fill('Qatar has paid the salaries of Gaza’s civil servants\nsince 2018.');
  await form.getByLabel('Credibility of the information').selectOption('2');
  await form.getByRole('button', { name: 'Create tie' }).click();

  await expect(form).toBeHidden();
  await expect(detailsHeading(page)).toHaveText('Qatar funds Hamas');
  await expect(tabPanel(page).locator('blockquote')).toContainText('Qatar has paid the salaries of Gaza’s civil servants');
  await expect(tabPanel(page)).toContainText('Qatar and Hamas: a decade of money');
  await expect(rowHeader(tiesTable(await viewTable(page)), 'Qatar funds Hamas')).toBeVisible();

  // The source page lists what it backs.
  await openTab(page, 'Details');
  await tabPanel(page).getByRole('link', { name: 'All claims from this source' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qatar and Hamas: a decade of money');
  await expect(page.getByRole('heading', { name: 'Claims it backs (1)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Qatar funds Hamas' })).toBeVisible();
});

test('a meeting with three participants is added and shows in the table and Details', async ({ page, baseURL }) => {
  await openExplorer(page, baseURL!);
  const form = await openNew(page, 'New meeting');
  await form.getByLabel('Title').fill('Doha round');
  await form.getByLabel('Kind', { exact: true }).selectOption('negotiation');
  await form.getByLabel(/^Date/).fill('2024-08-15');
  await form.getByLabel('Location').fill('Doha');
  await pickActor(form, 'Participant 1', 'qatar', 'Qatar');
  await form.getByLabel('Role of participant 1').selectOption('host');
  await pickActor(form, 'Participant 2', 'egypt', 'Egypt');
  await form.getByLabel('Role of participant 2').selectOption('mediator');
  await form.getByRole('button', { name: 'Add a participant' }).click();
  await pickActor(form, 'Participant 3', 'united', 'United States');
  await form.getByLabel('Role of participant 3').selectOption('mediator');
  // Not the United States after all: removing its row leaves every other row as it was, the one after it moved up.
  await form.getByRole('button', { name: 'Add a participant' }).click();
  await pickActor(form, 'Participant 4', 'hamas', 'Hamas');
  await form.getByRole('button', { name: 'Remove participant 3' }).click();
  await expect(form.getByRole('group', { name: 'Participant 3' })).toContainText('Hamas');
  await expect(form.getByLabel('Role of participant 3')).toHaveValue('participant');
  await expect(form.getByLabel('Role of participant 2')).toHaveValue('mediator');
  await expect(form.getByRole('group', { name: 'Participant 4' })).toHaveCount(0);

  await form.getByLabel('Search the sources').fill('Turquie');
  await form.getByRole('radio', { name: /La Turquie était active/ }).check();
  await form.getByRole('textbox', { name: 'Quote' }).fill('le Qatar et l’Égypte');
  await form.getByRole('button', { name: 'Create meeting' }).click();

  await expect(form).toBeHidden();
  await expect(detailsHeading(page)).toHaveText('Doha round');
  await expect(tabPanel(page).getByRole('heading', { name: 'Participants (3)' })).toBeVisible();
  await expect(tabPanel(page)).toContainText('Hamas');
  await expect(tabPanel(page).locator('blockquote')).toHaveText('le Qatar et l’Égypte');
  await expect(rowHeader(meetingsTable(await viewTable(page)), 'Doha round')).toBeVisible();
});
