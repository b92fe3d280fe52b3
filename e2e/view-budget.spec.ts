import { expect, test } from '@playwright/test';
import type { Driver } from 'neo4j-driver';
import { createTestDriver, resetToDemoData } from '../db/testing/database';
import { VIEW_CLAIM_BUDGET } from '../lib/view-budget';
import { openApp, seedRecords, viewSummary } from './support';

/**
 * A view whose actors hold more claims than one picture reads (lib/view-budget.ts): two hubs with 2,000 ties between
 * them, a third with 1,200 more to the first, and a fourth with one. The first two fit the budget; with the third
 * they would not, so the view shows the first two and names the others.
 */
const SOURCE = 'e2e-budget-source';
const actors = [
  { id: 'e2e-budget-alpha', name: 'E2E Budget Alpha' },
  { id: 'e2e-budget-beta', name: 'E2E Budget Beta' },
  { id: 'e2e-budget-gamma', name: 'E2E Budget Gamma' },
  { id: 'e2e-budget-delta', name: 'E2E Budget Delta' },
];
const [alpha, beta, gamma, delta] = actors.map((actor) => actor.id) as [string, string, string, string];
const ties = (subjectId: string, objectId: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${subjectId}-supports-${objectId}-${index + 1}`,
    type: 'SUPPORTS',
    subjectId,
    objectId,
    since: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`,
    confidence: 'low' as const,
    sourceId: SOURCE,
    quote: `support ${index + 1}`,
  }));

test.describe('a view past what one picture reads', () => {
  let driver: Driver;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    expect(2_000).toBeLessThanOrEqual(VIEW_CLAIM_BUDGET);
    expect(2_000 + 1_200).toBeGreaterThan(VIEW_CLAIM_BUDGET);
    driver = createTestDriver();
    await seedRecords({
      sources: [{ id: SOURCE, title: 'E2E budget', reliability: 'C' }],
      actors: actors.map((actor) => ({ ...actor, kind: 'state' as const })),
      ties: [...ties(alpha, beta, 2_000), ...ties(alpha, gamma, 1_200), ...ties(delta, alpha, 1)],
    });
  });

  test.afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
  });

  test('shows the best-connected actors that fit, names those it left out, and keeps them in the link', async ({ page }) => {
    const link = `/?a=${[delta, gamma, beta, alpha].join(',')}&layout=circle`;
    await openApp(page, link);
    const canvas = page.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-layout-done', /\d+/, { timeout: 30_000 });
    await expect(canvas).toHaveAttribute('data-drawn-nodes', '2');
    await expect(viewSummary(page)).toHaveText(/^2 actors, 1 line \(2,?000 ties, 0 meetings\)$/);
    const note = page.getByTestId('view-cut-note');
    await expect(note).toContainText('It shows the 2 best-connected actors, with 2,000 claims, and leaves out 2 actors: E2E Budget Gamma, E2E Budget Delta.');
    await expect(note).toContainText(`a picture reads up to ${VIEW_CLAIM_BUDGET.toLocaleString('en')}`);
    // The link still names every actor, so that whoever opens it sees the same view and the same note.
    expect(new URL(page.url()).searchParams.get('a')?.split(',').sort()).toEqual([alpha, beta, gamma, delta].sort());

    // Left without Alpha, the rest fit: nothing is left out any more.
    await openApp(page, `/?a=${[delta, gamma, beta].join(',')}&layout=circle`);
    await expect(canvas).toHaveAttribute('data-layout-done', /\d+/, { timeout: 30_000 });
    await expect(canvas).toHaveAttribute('data-drawn-nodes', '3');
    await expect(page.getByTestId('view-cut-note')).toHaveCount(0);
  });
});
