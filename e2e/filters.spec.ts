import { expect, test, type Page } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { actorsTable, expectUrlParam, filtersPanel, openApp, openFilterGroups, rowHeader, seedRecords, tiesTable, viewSummary, viewTable } from './support';

/**
 * The demo data (11 actors, 14 undated ties, 2 undated meetings, all from one source graded F) plus one dated tie
 * from a source graded B: Qatar hosts Hamas, 2012 – 2024-06.
 */
const ALL = '11 actors, 15 ties, 2 meetings';

function checkbox(page: Page, name: string) {
  return filtersPanel(page).getByRole('checkbox', { name, exact: true });
}

function dateField(page: Page, name: 'From' | 'To') {
  return filtersPanel(page).getByRole('group', { name: 'Dates' }).getByRole('textbox', { name, exact: true });
}

/** Types a date filter and applies it the way a user would, with Enter. */
async function setDate(page: Page, name: 'From' | 'To', value: string) {
  await dateField(page, name).fill(value);
  await dateField(page, name).press('Enter');
}

test.describe('filters', () => {
  let driver: Driver;

  test.beforeAll(async () => {
    driver = createTestDriver();
    await seedRecords({
      sources: [{ id: 'e2e-graded-b', title: 'E2E graded source', reliability: 'B' }],
      ties: [
        {
          id: 'e2e-qatar-hosts-hamas',
          type: 'HOSTS',
          subjectId: 'qatar',
          objectId: 'hamas',
          since: '2012',
          until: '2024-06',
          sourceId: 'e2e-graded-b',
          quote: 'Qatar hosts the political bureau of Hamas.',
        },
      ],
    });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('actor kinds: unticking Person takes the persons and their ties out', async ({ page }) => {
    await openApp(page);
    await openFilterGroups(page);
    await expect(viewSummary(page)).toHaveText(ALL);
    await expect(filtersPanel(page).getByTestId('filter-summary')).toHaveText('Filters hide nothing');

    await checkbox(page, 'Person').uncheck();
    await expect(viewSummary(page)).toHaveText('7 actors, 9 ties, 1 meeting · filters hide 4 actors, 6 ties, 1 meeting');
    await expect(filtersPanel(page).getByTestId('filter-summary')).toHaveText('Filters hide 4 actors, 6 ties, 1 meeting');
    await expectUrlParam(page, 'kinds', 'state,organization,agency,igo');

    const view = await viewTable(page);
    const actors = actorsTable(view);
    await expect(actors.getByRole('rowheader')).toHaveCount(7);
    for (const person of ['Recep Tayyip Erdoğan', 'İbrahim Kalın', 'Ismail Haniyeh', 'Benjamin Netanyahu']) {
      await expect(rowHeader(actors, person)).toHaveCount(0);
    }
    await expect(actors.getByRole('cell', { name: 'Person', exact: true })).toHaveCount(0);
    await expect(rowHeader(tiesTable(view), 'Israel assassinated Ismail Haniyeh')).toHaveCount(0);

    await checkbox(page, 'Person').check();
    await expect(viewSummary(page)).toHaveText(ALL);
    await expectUrlParam(page, 'kinds', null);
  });

  test('tie types: a whole family, or a single type', async ({ page }) => {
    await openApp(page);
    await openFilterGroups(page);

    // The view's conflict is one verbal (criticizes) and one material (assassinated) tie: a quad class apiece.
    await checkbox(page, 'Verbal conflict').uncheck();
    await checkbox(page, 'Material conflict').uncheck();
    await expect(viewSummary(page)).toHaveText('11 actors, 13 ties, 2 meetings · filters hide 2 ties');
    await expect(checkbox(page, 'assassinated')).not.toBeChecked();
    await expect(checkbox(page, 'criticizes')).not.toBeChecked();
    await expect.poll(() => new URL(page.url()).searchParams.get('types')?.split(',')).toEqual(
      expect.not.arrayContaining(['ASSASSINATES', 'CRITICIZES']),
    );
    await expect(rowHeader(tiesTable(await viewTable(page)), 'Israel assassinated Ismail Haniyeh')).toHaveCount(0);

    await checkbox(page, 'Verbal conflict').check();
    await checkbox(page, 'Material conflict').check();
    await expect(viewSummary(page)).toHaveText(ALL);
    await expectUrlParam(page, 'types', null);

    await checkbox(page, 'mediates for').uncheck();
    await expect(viewSummary(page)).toHaveText('11 actors, 9 ties, 2 meetings · filters hide 6 ties');
    // Part of the verbal cooperation family is shown: its box is neither ticked nor unticked.
    await expect(checkbox(page, 'Verbal cooperation')).toHaveJSProperty('indeterminate', true);
    const ties = tiesTable(await viewTable(page));
    await expect(rowHeader(ties, 'Qatar mediates for Hamas')).toHaveCount(0);
    await expect(rowHeader(ties, 'Israel negotiates with Hamas')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('types')?.split(',')).toEqual(
      expect.arrayContaining(['NEGOTIATES_WITH', 'ASSASSINATES']),
    );
    expect(new URL(page.url()).searchParams.get('types')).not.toContain('MEDIATES_FOR');
  });

  test('dates: undated claims can be left out, and dated ones are kept when they overlap the range', async ({ page }) => {
    await openApp(page);
    await openFilterGroups(page);

    await checkbox(page, 'Show undated ties and meetings').uncheck();
    await expect(viewSummary(page)).toHaveText('11 actors, 1 tie, 0 meetings · filters hide 14 ties, 2 meetings');
    await expectUrlParam(page, 'undated', '0');
    const ties = tiesTable(await viewTable(page));
    await expect(ties.getByRole('rowheader')).toHaveText(['Qatar hosts Hamas']);
    await expect(ties.getByRole('row', { name: /Qatar hosts Hamas/ }).getByRole('cell', { name: '2012 – 2024-06' })).toBeVisible();

    // The tie ends in June 2024: a range from July misses it, a range from June meets it.
    await setDate(page, 'From', '2024-07');
    await expectUrlParam(page, 'from', '2024-07');
    await expect(viewSummary(page)).toHaveText('11 actors, 0 ties, 0 meetings · filters hide 15 ties, 2 meetings');
    await setDate(page, 'From', '2024-06');
    await expect(viewSummary(page)).toHaveText('11 actors, 1 tie, 0 meetings · filters hide 14 ties, 2 meetings');

    // A range inside the tie's years overlaps it.
    await setDate(page, 'From', '2013');
    await setDate(page, 'To', '2013-05-01');
    await expectUrlParam(page, 'to', '2013-05-01');
    await expect(viewSummary(page)).toHaveText('11 actors, 1 tie, 0 meetings · filters hide 14 ties, 2 meetings');

    // It starts in 2012: a range that ends in 2011 misses it.
    await setDate(page, 'From', '');
    await expectUrlParam(page, 'from', null);
    await setDate(page, 'To', '2011');
    await expect(viewSummary(page)).toHaveText('11 actors, 0 ties, 0 meetings · filters hide 15 ties, 2 meetings');
    await setDate(page, 'To', '2012');
    await expect(viewSummary(page)).toHaveText('11 actors, 1 tie, 0 meetings · filters hide 14 ties, 2 meetings');

    // Undated claims back in: they are not judged by the range.
    await setDate(page, 'To', '2011');
    await checkbox(page, 'Show undated ties and meetings').check();
    await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings · filters hide 1 tie');
    await expectUrlParam(page, 'undated', null);
  });

  test('dates: an invalid date is refused with a message beside the field', async ({ page }) => {
    await openApp(page);
    await openFilterGroups(page);
    await setDate(page, 'From', '2024-13');
    await expect(dateField(page, 'From')).toHaveAttribute('aria-invalid', 'true');
    await expect(dateField(page, 'From')).toHaveAccessibleDescription('A date as YYYY, YYYY-MM or YYYY-MM-DD');
    await expect(viewSummary(page)).toHaveText(ALL);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();

    await setDate(page, 'From', '2024-02-30');
    await expect(dateField(page, 'From')).toHaveAccessibleDescription('Not a calendar date');

    await setDate(page, 'From', '2024-02');
    await expect(dateField(page, 'From')).not.toHaveAttribute('aria-invalid', 'true');
    await expectUrlParam(page, 'from', '2024-02');
  });

  test('dates: a To before From is said at the field, as in the Meetings panel, and not applied', async ({ page }) => {
    await openApp(page);
    await openFilterGroups(page);
    await setDate(page, 'From', '2024-07');
    await expectUrlParam(page, 'from', '2024-07');
    await setDate(page, 'To', '2024-06-30');
    await expect(dateField(page, 'To')).toHaveAttribute('aria-invalid', 'true');
    await expect(dateField(page, 'To')).toHaveAccessibleDescription('Ends before “From”');
    expect(new URL(page.url()).searchParams.get('to')).toBeNull();
    await expect(viewSummary(page)).toHaveText('11 actors, 14 ties, 2 meetings · filters hide 1 tie');

    // Each end is read at its precision: July 2024 ends after the 15th.
    await setDate(page, 'From', '2024-07-15');
    await setDate(page, 'To', '2024-07');
    await expect(dateField(page, 'To')).not.toHaveAttribute('aria-invalid', 'true');
    await expectUrlParam(page, 'to', '2024-07');
  });

  test('"Reset filters" is offered whenever a filter differs from its default, even one that hides nothing', async ({ page }) => {
    await openApp(page);
    await openFilterGroups(page);
    const reset = filtersPanel(page).getByRole('button', { name: 'Reset filters' });
    await expect(reset).toHaveCount(0);
    await setDate(page, 'To', '2030');
    await expectUrlParam(page, 'to', '2030');
    await expect(filtersPanel(page).getByTestId('filter-summary')).toHaveText('Filters hide nothing');
    await reset.click();
    await expectUrlParam(page, 'to', null);
    await expect(dateField(page, 'To')).toHaveValue('');
    await expect(reset).toHaveCount(0);
  });

  test('a link whose kinds are all unknown shows every kind and says what it dropped', async ({ page }) => {
    await openApp(page, '/?kinds=martians');
    await expect(page.getByText(/Part of this link could not be used/)).toContainText('no actor kind in "martians" is valid, so every kind is shown');
    await expect(viewSummary(page)).toHaveText(ALL);
  });

  test('the toolbar keeps its height when the filters say much, its summary cut and said whole in its title', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await openApp(page);
    await openFilterGroups(page);
    const toolbar = page.getByRole('toolbar', { name: 'Graph view' });
    const height = (await toolbar.boundingBox())!.height;
    await checkbox(page, 'Person').uncheck();
    await checkbox(page, 'Show undated ties and meetings').uncheck();
    await expect(viewSummary(page)).toHaveAttribute('title', /filters hide 4 actors, 14 ties, 2 meetings/);
    expect((await toolbar.boundingBox())!.height).toBe(height);
  });

  test('minimum reliability: "At least C" hides every claim of the F-graded demo source', async ({ page }) => {
    await openApp(page);
    await openFilterGroups(page);
    await filtersPanel(page).getByLabel('At least').selectOption('C');
    await expect(viewSummary(page)).toHaveText('11 actors, 1 tie, 0 meetings · filters hide 14 ties, 2 meetings');
    await expectUrlParam(page, 'rel', 'C');
    const ties = tiesTable(await viewTable(page));
    await expect(ties.getByRole('rowheader')).toHaveText(['Qatar hosts Hamas']);

    await filtersPanel(page).getByLabel('At least').selectOption('A');
    await expect(viewSummary(page)).toHaveText('11 actors, 0 ties, 0 meetings · filters hide 15 ties, 2 meetings');
  });

  test('the URL carries the filters, and "Reset filters" restores everything', async ({ page, context }) => {
    await openApp(page);
    await openFilterGroups(page);
    await checkbox(page, 'Person').uncheck();
    await checkbox(page, 'Verbal conflict').uncheck();
    await checkbox(page, 'Material conflict').uncheck();
    await checkbox(page, 'Show undated ties and meetings').uncheck();
    await setDate(page, 'From', '2020');
    await filtersPanel(page).getByLabel('At least').selectOption('B');
    const filtered = '7 actors, 1 tie, 0 meetings · filters hide 4 actors, 14 ties, 2 meetings';
    await expect(viewSummary(page)).toHaveText(filtered);
    await expectUrlParam(page, 'rel', 'B');
    const url = new URL(page.url());
    expect(url.searchParams.get('kinds')).toBe('state,organization,agency,igo');
    expect(url.searchParams.get('types')).not.toContain('ASSASSINATES');
    expect(url.searchParams.get('undated')).toBe('0');
    expect(url.searchParams.get('from')).toBe('2020');

    // A colleague opening the link sees the same view and the same filter settings.
    const colleague = await context.newPage();
    // Groups that hide something start open.
    await openApp(colleague, `${url.pathname}${url.search}`);
    await expect(viewSummary(colleague)).toHaveText(filtered);
    await expect(checkbox(colleague, 'Person')).not.toBeChecked();
    await expect(checkbox(colleague, 'Verbal conflict')).not.toBeChecked();
    await expect(checkbox(colleague, 'Material conflict')).not.toBeChecked();
    await expect(checkbox(colleague, 'Show undated ties and meetings')).not.toBeChecked();
    await expect(dateField(colleague, 'From')).toHaveValue('2020');
    await expect(filtersPanel(colleague).getByLabel('At least')).toHaveValue('B');

    await filtersPanel(colleague).getByRole('button', { name: 'Reset filters' }).click();
    await expect(viewSummary(colleague)).toHaveText(ALL);
    await expect(filtersPanel(colleague).getByTestId('filter-summary')).toHaveText('Filters hide nothing');
    await expect(filtersPanel(colleague).getByRole('button', { name: 'Reset filters' })).toHaveCount(0);
    for (const name of ['Person', 'Verbal conflict', 'Material conflict', 'assassinated', 'Show undated ties and meetings']) {
      await expect(checkbox(colleague, name)).toBeChecked();
    }
    await expect(dateField(colleague, 'From')).toHaveValue('');
    await expect(filtersPanel(colleague).getByLabel('At least')).toHaveValue('');
    await expect.poll(() => new URL(colleague.url()).search).toBe('');
  });
});
