import { expect, test, type Locator, type Page } from '@playwright/test';
import { startSecondServer, type SecondServer } from './second-server';
import { actorsTable, expectUrlParam, openApp, openTab, rowHeader, tab, viewTable } from './support';

const MEETING = 'Multilateral intelligence diplomacy on a Gaza ceasefire';
const MULTILATERAL_QUOTE =
  'Une diplomatie multilatérale du renseignement a été menée aux côtés des hauts dirigeants du Hamas, notamment Israël, l’Égypte, le Qatar et les États-Unis.';

const MIT_EFFORTS_QUOTE = 'Les efforts du MIT ont directement affecté le cours du processus de négociation.';

function pathsPanel(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Paths' });
}

/** Picks an endpoint the way a user does: type in the picker, then choose the first suggestion with Enter. */
async function pick(panel: Locator, label: 'From' | 'To', text: string, expected: string) {
  const input = panel.getByRole('combobox', { name: label, exact: true });
  await input.fill(text);
  await expect(panel.getByRole('listbox', { name: label, exact: true }).getByRole('option').first()).toContainText(expected);
  await input.press('Enter');
  await expect(input).toHaveValue(expected);
}

/** The n-th path found (1-based): the list item holding its "Path n" toggle. */
function path(panel: Locator, n: number): Locator {
  // The inner locator of `has` is matched inside each item, so it starts from the page, not from the panel.
  return panel.getByRole('listitem').filter({ has: panel.page().getByRole('button', { name: new RegExp(`^Path ${n} ·`) }) });
}

async function expectUsToHamasResult(panel: Locator) {
  await expect(panel.getByRole('status').filter({ hasText: 'paths found' })).toHaveText('5 paths found (shortest first)');
  const first = path(panel, 1);
  await expect(first.getByRole('button', { name: /^Path 1 ·/ })).toHaveAccessibleName('Path 1 · 1 step United States — Hamas');
  await expect(first).toContainText(`United States — took part with — Hamas in “${MEETING}” (United States as participant, Hamas as party)`);
  const quotes = first.getByRole('list', { name: 'Citations' }).getByRole('blockquote');
  await expect(quotes).toHaveText([MIT_EFFORTS_QUOTE, MULTILATERAL_QUOTE]);
  await expect(first.getByRole('list', { name: 'Citations' })).toContainText('source graded F');
}

test.describe('paths between two actors', () => {
  test('from the United States to Hamas, through the multilateral meeting, kept in the link', async ({ page, context }) => {
    await openApp(page);
    const panel = await openTab(page, 'Paths');
    await expect(panel.getByRole('heading', { name: 'How is A connected to B?' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Find paths' })).toBeDisabled();

    await pick(panel, 'From', 'United States', 'United States');
    await expect(panel.getByText('Chosen:').first()).toContainText('United States');
    await pick(panel, 'To', 'Hamas', 'Hamas');
    await panel.getByRole('button', { name: 'Find paths' }).click();

    await expectUsToHamasResult(panel);
    await expect(path(panel, 1).getByRole('button', { name: /^Path 1 ·/ })).toHaveAttribute('aria-pressed', 'true');
    await expectUrlParam(page, 'path', 'united-states~hamas');

    // The longer paths go on from the meeting through a tie to Hamas.
    await expect(path(panel, 2).getByRole('button', { name: /^Path 2 ·/ })).toContainText('2 steps');
    await path(panel, 2).getByRole('button', { name: /^Path 2 ·/ }).click();
    await expect(path(panel, 2).getByRole('button', { name: /^Path 2 ·/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(path(panel, 1).getByRole('button', { name: /^Path 1 ·/ })).toHaveAttribute('aria-pressed', 'false');
    // The path shown is in the link, numbered as the panel numbers it.
    await expectUrlParam(page, 'path', 'united-states~hamas~2');

    // Every path goes through the meeting: its quotes are shown once, under path 1; the others point there.
    await expect(panel.getByRole('blockquote').filter({ hasText: MULTILATERAL_QUOTE })).toHaveCount(1);
    const pointer = path(panel, 2).getByRole('button', { name: 'path 1, step 1', exact: true });
    await expect(pointer.locator('..')).toHaveText('Its 2 quotes are shown under path 1, step 1.');
    await pointer.click();
    await expect(path(panel, 1).getByRole('list', { name: 'Citations' })).toBeFocused();

    // The link opens on the same result, the same path shown.
    const url = new URL(page.url());
    const fresh = await context.newPage();
    await openApp(fresh, `${url.pathname}${url.search}`);
    await expect(tab(fresh, 'Paths')).toHaveAttribute('aria-selected', 'true');
    await expectUsToHamasResult(pathsPanel(fresh));
    await expect(path(pathsPanel(fresh), 2).getByRole('button', { name: /^Path 2 ·/ })).toHaveAttribute('aria-pressed', 'true');
  });

  test('through ties only, a shared meeting is not a step, and the link says so', async ({ page }) => {
    await openApp(page, '/?path=turkey~hamas~3');
    const panel = pathsPanel(page);
    await expect(path(panel, 3).getByRole('button', { name: /^Path 3 ·/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByText('took part with').first()).toBeVisible();

    await panel.getByRole('checkbox', { name: /Through ties only/ }).check();
    // Other paths are found: the first is shown again.
    await expectUrlParam(page, 'path', 'turkey~hamas~ties');
    await expect(panel.getByRole('status').filter({ hasText: 'found' })).toContainText('Through ties only: shared meetings were left out.');
    await expect(path(panel, 1).getByRole('button', { name: /^Path 1 ·/ })).toHaveAccessibleName('Path 1 · 2 steps Turkey — MİT — Hamas');
    await expect(path(panel, 1).getByRole('button', { name: /^Path 1 ·/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByText('took part with')).toHaveCount(0);

    // The United States only met Hamas: through ties alone they are not connected.
    await openApp(page, '/?path=united-states~hamas~ties');
    await expect(pathsPanel(page).getByRole('checkbox', { name: /Through ties only/ })).toBeChecked();
    await expect(pathsPanel(page).getByRole('status')).toHaveText(
      'No path of up to 6 steps between United States and Hamas. Through ties only: shared meetings were left out.',
    );
    await pathsPanel(page).getByRole('checkbox', { name: /Through ties only/ }).uncheck();
    await expectUrlParam(page, 'path', 'united-states~hamas');
    await expectUsToHamasResult(pathsPanel(page));
  });

  test('the actors on the path shown join a smaller view', async ({ page }) => {
    await openApp(page, '/?a=united-states&path=united-states~hamas');
    await expect(tab(page, 'Paths')).toHaveAttribute('aria-selected', 'true');
    await expectUsToHamasResult(pathsPanel(page));
    await expectUrlParam(page, 'a', 'united-states,hamas');
    const actors = actorsTable(await viewTable(page));
    await expect(rowHeader(actors, 'Hamas')).toBeVisible();
  });

  test('the same actor twice cannot be asked, and Clear empties the form', async ({ page }) => {
    await openApp(page, '/?path=united-states~hamas');
    const panel = pathsPanel(page);
    await expect(panel.getByRole('status').filter({ hasText: 'paths found' })).toBeVisible();
    await panel.getByRole('button', { name: 'Clear' }).click();
    await expectUrlParam(page, 'path', null);
    await expect(panel.getByRole('status').filter({ hasText: 'paths found' })).toHaveCount(0);

    await pick(panel, 'From', 'Qatar', 'Qatar');
    await pick(panel, 'To', 'Katar', 'Qatar');
    await expect(panel.getByText('Choose two different actors.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Find paths' })).toBeDisabled();
  });
});

test.describe('a path search that stops at its budget', () => {
  // A second server whose searches may examine 12 steps: on the demo data, Turkey to Hamas then stops after the
  // paths of 2 steps. The server takes a while to start on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  let server: SecondServer;
  test.beforeAll(async () => {
    server = await startSecondServer('small path budget', { PARLEY_PATH_BUDGET: '12' });
  });
  test.afterAll(() => server?.stop());

  test('says which paths may be missing, and lists those it found with their quotes', async ({ page }) => {
    await openApp(page, `${server.baseURL}/?path=turkey~hamas`);
    const panel = pathsPanel(page);
    await expect(panel.getByRole('status').filter({ hasText: 'found' })).toHaveText('2 paths found (shortest first)');
    await expect(panel.getByRole('note')).toHaveText(
      'Every path of up to 2 steps is listed. The search stopped at its budget before following every tie of the best-connected actors: other paths of 3 to 6 steps may exist.',
    );
    await expect(path(panel, 1).getByRole('button', { name: /^Path 1 ·/ })).toHaveAccessibleName('Path 1 · 2 steps Turkey — MİT — Hamas');
    await expect(path(panel, 1).getByRole('list', { name: 'Citations' }).getByRole('blockquote').first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('partial-paths.png') });
  });
});
