import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEST_USERS } from '../db/testing/accounts';
import { resetTestDatabase } from '../db/testing/database';
import { SESSION_COOKIE } from '../lib/auth/session-cookie';
import { expectHeaderActorCount, headerActorCount } from './support';

const FIXTURES = path.join(__dirname, '../lib/import/fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

async function openImport(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  await expect(page.getByText('Choose a file to see what it would add to the graph.')).toBeVisible();
}

async function choose(page: Page, files: string[] | { name: string; mimeType: string; buffer: Buffer }, format: string): Promise<void> {
  await page.getByLabel('File').setInputFiles(files);
  // The format is recognised from the file itself.
  await expect(page.getByLabel('Format')).toHaveValue(format);
}

async function run(page: Page, button: 'Preview (dry run)' | 'Import'): Promise<Locator> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const heading = button === 'Import' ? 'Import finished' : 'Preview (dry run): nothing has been written yet';
  await expect(page.getByRole('heading', { name: heading })).toBeVisible({ timeout: 30_000 });
  return page.getByRole('table', { name: 'Records' });
}

/** The "would be created / created" and "matched" cells of one kind in the Records table. */
/** A row of a table, by its row header (the inner locator of `has` is rooted at the page, then matched inside the row). */
function rowOf(table: Locator, header: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
}

function recordsRow(records: Locator, kind: string): Locator {
  return rowOf(records, kind);
}

async function expectCounts(records: Locator, kind: 'Actors' | 'Ties' | 'Meetings' | 'Sources', created: number, matched: number) {
  await expect(recordsRow(records, kind).getByRole('cell')).toHaveText([String(created), String(matched)]);
}

async function expectNothingCreated(records: Locator) {
  for (const kind of ['Actors', 'Ties', 'Meetings', 'Sources'] as const) {
    await expect(recordsRow(records, kind).getByRole('cell').first()).toHaveText('0');
  }
}

function errorRow(page: Page, line: number): Locator {
  return rowOf(page.getByRole('table', { name: 'Rows with errors' }), String(line));
}

function skippedRow(page: Page, line: number): Locator {
  return rowOf(page.getByRole('table', { name: 'Skipped rows' }), String(line));
}

test.describe('import', () => {
  // Importing is an editor's job: the test editor's session (made by every reset of the test database).
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: SESSION_COOKIE, value: TEST_USERS.editor.token, url: baseURL! }]);
  });

  test.afterAll(resetTestDatabase);

  test('an ICEWS file: dry-run preview, per-row errors by line, import, and a re-import that creates nothing', async ({ page }) => {
    await openImport(page);
    const actorsBefore = await headerActorCount(page);
    await choose(page, [fixture('icews-events.tsv')], 'icews');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

    // Generic sector actors are kept by default, each tied PART_OF its country: Police (Egypt) makes the fifth tie.
    await expect(page.getByLabel(/Generic sector actors/)).toHaveValue('keep');
    const preview = await run(page, 'Preview (dry run)');
    await expectCounts(preview, 'Actors', 2, 7);
    await expectCounts(preview, 'Ties', 5, 0);
    await expect(page.getByTestId('import-note')).toContainText('1 event names generic sector actors');
    await expectCounts(preview, 'Meetings', 4, 0);
    await expectCounts(preview, 'Sources', 6, 0);
    await expect(errorRow(page, 10).getByRole('cell')).toHaveText(['Event Date', '“2024-02-30” is not a date as YYYY-MM-DD']);
    await expect(skippedRow(page, 11)).toContainText('The event has one actor only (Qatar): no source');
    await expect(errorRow(page, 12)).toContainText('“999” is not a CAMEO code');
    await expect(errorRow(page, 16)).toContainText('21 tab-separated fields where the header has 20');
    await expect(skippedRow(page, 9)).toContainText('CAMEO 01 statements are left out');
    // Which spelling of the file was taken for which recorded actor, so that no merge goes unseen.
    const matches = page.getByRole('table', { name: 'Actors matched to recorded ones' });
    const match = (spelling: string) => matches.getByRole('row').filter({ hasText: spelling });
    await expect(match('Türkiye').getByRole('rowheader')).toHaveText('4');
    await expect(match('Türkiye').getByRole('cell')).toHaveText(['Türkiye', 'Turkey', 'turkey']);
    await expect(match('إسماعيل هنية').getByRole('rowheader')).toHaveText('8');
    await expect(match('إسماعيل هنية').getByRole('cell')).toHaveText(['إسماعيل هنية', 'Ismail Haniyeh', 'ismail-haniyeh']);
    await expect(page.getByRole('link', { name: /actors of this import/ })).toHaveCount(0);

    const imported = await run(page, 'Import');
    await expectCounts(imported, 'Ties', 5, 0);
    await expect(page.getByTestId('import-summary')).toContainText('14 rows read: created 17 records, 3 rows with errors, 3 skipped');
    // The header counts the two new actors without a reload.
    await expectHeaderActorCount(page, actorsBefore + 2);
    // What came in, on the graph: the two new actors and the seven recorded ones the events link.
    await page.getByRole('link', { name: 'Show the 9 actors of this import on the graph' }).click();
    await expect(page.getByTestId('view-summary')).toContainText('9 actors');
    await expect.poll(() => new URL(page.url()).searchParams.get('a')?.split(',')).toEqual(expect.arrayContaining(['mahmoud-abbas', 'turkey']));
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
    await choose(page, [fixture('icews-events.tsv')], 'icews');

    await expectNothingCreated(await run(page, 'Preview (dry run)'));
    const again = await run(page, 'Import');
    await expectNothingCreated(again);
    await expectCounts(again, 'Ties', 0, 5);
  });

  test('an ICEWS file coding events from both sides: the preview says how many codings it merges, a re-import none', async ({ page }) => {
    await openImport(page);
    await choose(page, [fixture('icews-reciprocal.tsv')], 'icews');
    const preview = await run(page, 'Preview (dry run)');
    await expectCounts(preview, 'Meetings', 3, 0);
    await expect(page.getByTestId('import-merged')).toHaveText(
      '3 codings of an event (the other side of a call, the host of a visit, a repeat) would be merged into the claim of the same event.',
    );
    await run(page, 'Import');
    await choose(page, [fixture('icews-reciprocal.tsv')], 'icews');
    await run(page, 'Preview (dry run)');
    await expectNothingCreated(await run(page, 'Import'));
    await expect(page.getByTestId('import-merged')).toHaveText('No coding of an event was merged with another.');
  });

  test('a GDELT export: preview with its bad rows, import, and a re-import that creates nothing', async ({ page }) => {
    await openImport(page);
    await choose(page, [fixture('gdelt-events.export.CSV')], 'gdelt');
    const preview = await run(page, 'Preview (dry run)');
    await expectCounts(preview, 'Ties', 3, 0);
    await expectCounts(preview, 'Meetings', 2, 0);
    await expect(errorRow(page, 5).getByRole('cell')).toHaveText(['SQLDATE', '“20241332” is not a date as YYYYMMDD']);
    await expect(errorRow(page, 7)).toContainText('is not an http:// or https:// address');
    await expect(errorRow(page, 8)).toContainText('57 tab-separated columns instead of 61');

    await expectCounts(await run(page, 'Import'), 'Sources', 5, 0);
    await run(page, 'Preview (dry run)');
    const again = await run(page, 'Import');
    await expectNothingCreated(again);
    await expectCounts(again, 'Meetings', 0, 2);
  });

  test('a JSON export and the CSV tables of the same records: matched by id, bad records by line, idempotent', async ({ page }) => {
    await openImport(page);
    await choose(page, [fixture('parley-export.json')], 'parley-json');
    const preview = await run(page, 'Preview (dry run)');
    await expectCounts(preview, 'Actors', 1, 2);
    await expectCounts(preview, 'Ties', 1, 1);
    await expect(errorRow(page, 75)).toContainText('ties.type');
    await expect(errorRow(page, 121).getByRole('cell')).toHaveText(['meetings.participants', 'At least two participants']);
    await expectCounts(await run(page, 'Import'), 'Meetings', 1, 0);

    // The CSV tables hold the same records, now all there: nothing new, two bad rows of the ties table.
    const tables = ['actors', 'ties', 'meetings', 'citations'].map((table) => fixture(`parley-${table}.csv`));
    await choose(page, tables, 'parley-csv');
    await expect(page.getByText('parley-actors.csv, parley-ties.csv, parley-meetings.csv, parley-citations.csv')).toBeVisible();
    const csv = await run(page, 'Preview (dry run)');
    await expectNothingCreated(csv);
    await expectCounts(csv, 'Ties', 0, 2);
    await expect(errorRow(page, 4).first()).toContainText('ties.since');
    await expect(errorRow(page, 5)).toContainText('A new tie needs at least one citation');
    await expectNothingCreated(await run(page, 'Import'));
  });

  test('a file whose format is not recognised says so at once, and can still be read as a chosen format', async ({ page }) => {
    await openImport(page);
    await page.getByLabel('File').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Meeting notes, 3 August\nNothing to import here.\n') });
    const notRecognised = page.getByRole('alert').filter({ hasText: 'not recognised' });
    await expect(notRecognised).toHaveText(/^notes\.txt: not recognised\. .*choose its format/);
    await expect(page.getByRole('button', { name: 'Preview (dry run)', exact: true })).toBeDisabled();
    await page.getByLabel('Format').selectOption('icews');
    await expect(notRecognised).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Preview (dry run)', exact: true })).toBeEnabled();
  });

  test('a large file shows its progress, and a file in the wrong format says why', async ({ page }) => {
    await openImport(page);
    const [header, ...rows] = readFileSync(fixture('icews-events.tsv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    const good = rows.filter((row) => /\t(045|190|042|112|057|041)\t/.test(row));
    const lines = Array.from({ length: 10_000 }, (_, index) => {
      // Each row its own event, with its own Event ID and Story ID: codings of one story sentence make one claim.
      const fields = good[index % good.length]!.split('\t');
      fields[0] = String(70_000_000 + index);
      fields[11] = String(80_000_000 + index);
      return fields.join('\t');
    });
    await choose(page, { name: 'icews-10000.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from([header, ...lines].join('\n')) }, 'icews');
    // The progress may pass quicker than a poll can see it: record every progress text the page shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { seenProgress: seen });
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('progress[aria-label="Import progress"]')) {
          seen.push(bar.parentElement?.querySelector('[role="status"]')?.textContent ?? '');
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Preview (dry run)', exact: true }).click();
    await expect(page.getByTestId('import-summary')).toContainText('10,000 rows read', { timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
    expect(seen.some((text) => /Previewing… [\d,]+ of [\d,]+ records/.test(text)), seen.join(' | ')).toBe(true);

    await page.getByLabel('Format').selectOption('gdelt');
    await page.getByRole('button', { name: 'Preview (dry run)', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The preview failed' })).toContainText('This is not a GDELT events file');
  });
});
