import { expect, test, type Page } from '@playwright/test';
import { actorsTable, detailsHeading, expectUrlParam, leftPane, openApp, rowHeader, searchBox, tab, viewSummary, viewTable } from './support';

function suggestions(page: Page) {
  return leftPane(page).getByRole('listbox', { name: 'Find an actor' });
}

test.describe('finding an actor', () => {
  test('folds accents, dotted capitals and transliterations', async ({ page }) => {
    await openApp(page);
    const input = searchBox(page);
    const options = suggestions(page).getByRole('option');

    await input.fill('mit');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(options.first()).toContainText('MİT');

    await input.fill('erdogan');
    await expect(options.first()).toContainText('Recep Tayyip Erdoğan');

    await input.fill('haniye');
    await expect(options.first()).toContainText('Ismail Haniyeh');

    // A spelling met only as an alias is said beside the name.
    await input.fill('netanyahou');
    const netanyahu = options.filter({ hasText: 'Benjamin Netanyahu' });
    await expect(netanyahu).toBeVisible();
    await expect(netanyahu).toContainText('also: Netanyahou');
  });

  test('is driven by the keyboard: ArrowDown then Enter chooses and selects', async ({ page }) => {
    await openApp(page);
    const input = searchBox(page);
    await input.pressSequentially('haniye');
    const first = suggestions(page).getByRole('option').first();
    await expect(first).toContainText('Ismail Haniyeh');

    await input.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);

    await input.press('Enter');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveValue('');
    await expect(tab(page, 'Details')).toHaveAttribute('aria-selected', 'true');
    await expect(detailsHeading(page)).toHaveText('Ismail Haniyeh');
    await expectUrlParam(page, 'sel', 'actor:ismail-haniyeh');
  });

  test('choosing an actor adds it to a smaller view', async ({ page }) => {
    await openApp(page, '/?a=turkey');
    await expect(viewSummary(page)).toHaveText('1 actor, 0 ties, 0 meetings');
    const before = actorsTable(await viewTable(page));
    await expect(before.getByRole('rowheader')).toHaveText(['Turkey']);

    await searchBox(page).fill('Hamas');
    await expect(suggestions(page).getByRole('option').first()).toContainText('Hamas');
    await searchBox(page).press('Enter');

    await expect(detailsHeading(page)).toHaveText('Hamas');
    await expect(viewSummary(page)).toHaveText('2 actors, 0 ties, 0 meetings');
    await expectUrlParam(page, 'a', 'turkey,hamas');
    await expectUrlParam(page, 'sel', 'actor:hamas');
    const actors = actorsTable(await viewTable(page));
    await expect(rowHeader(actors, 'Hamas')).toBeVisible();
    await expect(rowHeader(actors, 'Hamas').getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    await expect(actors.getByRole('rowheader')).toHaveCount(2);
  });

  test('Enter before the results arrive still chooses the first hit', async ({ page }) => {
    await openApp(page, '/?a=turkey');
    const input = searchBox(page);
    await input.fill('Egypte');
    await input.press('Enter');
    await expect(detailsHeading(page)).toHaveText('Egypt');
    await expectUrlParam(page, 'a', 'turkey,egypt');
  });

  test('says when nothing matches, and what to do on an empty search', async ({ page }) => {
    await openApp(page);
    const input = searchBox(page);

    await input.fill('zzqx');
    await expect(leftPane(page).getByText('No actor matches “zzqx”.')).toBeVisible();
    await expect(suggestions(page).getByRole('option')).toHaveCount(0);

    await input.fill('');
    await input.press('Enter');
    await expect(leftPane(page).getByText('Type a name or alias to search.')).toBeVisible();

    // Escape closes the popup.
    await input.press('Escape');
    await expect(leftPane(page).getByText('Type a name or alias to search.')).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });
});
