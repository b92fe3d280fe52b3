import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { resetTestDatabase } from '../db/testing/database';
import { detailsHeading, drawnGraph, headerActorCount, expectHeaderActorCount, tabPanel } from './support';

/** From a pasted report to claims on the graph: paste, review the proposals, accept two, see them with their quotes. */

test.afterAll(resetTestDatabase);

const REPORT = 'Le chef du Mossad, David Barnea, a rencontré İbrahim Kalın à Doha. Le Qatar a condamné Israël.';

function proposal(page: Page, name: string | RegExp): Locator {
  return page.getByRole('article', { name });
}

/** A screenshot of the page, attached to the report for a reviewer to look at. */
async function keepPicture(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function lineDrawn(page: Page, id: string): Promise<boolean> {
  return (await drawnGraph(page)).evaluate((cy, ref) => cy.getElementById(ref).nonempty(), id);
}

test('a report pasted, its proposals reviewed, two accepted and recorded, then shown on the graph with their quotes', async ({ page }, testInfo) => {
  await page.goto('/');
  const actorsBefore = await headerActorCount(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'From a report' }).click();
  await expect(page.getByRole('heading', { name: 'Claims from a report', level: 1 })).toBeVisible();

  await page.getByLabel('Text of the report').fill(REPORT);
  await page.getByLabel('Source title').fill('Barnea à Doha');
  await page.getByLabel('Reliability of the source (Admiralty)').selectOption('C');
  await page.getByRole('button', { name: 'Find claims' }).click();

  await expect(page.getByTestId('extraction-summary')).toContainText('French (detected)');
  await expect(page.getByTestId('extraction-summary')).toContainText('2 of them new to Parley');
  const leads = proposal(page, /David Barnea leads Mossad/);
  const meeting = proposal(page, /Meeting of David Barnea and İbrahim Kalın/);
  const criticism = proposal(page, /Qatar criticizes Israel/);
  await expect(page.getByTestId('proposal')).toHaveCount(3);
  await expect(criticism).toContainText('Cue condamné');
  await expect(criticism.locator('blockquote')).toHaveText('Le Qatar a condamné Israël.');
  await expect(criticism).toContainText('Credibility 6 — Truth cannot be judged');

  // Focusing a proposal highlights its quote and cue in the text.
  await criticism.focus();
  const text = page.getByRole('document', { name: 'The report' });
  await expect(text.locator('mark')).toHaveText('Le Qatar a condamné Israël.');
  await expect(text.locator('mark [class*="cue"]')).toHaveText('condamné');
  await keepPicture(page, testInfo, 'review');

  // Accept one by keyboard, edit and accept the other with the buttons, reject the third.
  await page.keyboard.press('a');
  await expect(criticism).toHaveAttribute('data-status', 'accepted');
  await meeting.getByRole('button', { name: /^Edit/ }).click();
  await meeting.getByLabel('Kind of meeting').selectOption('third_location');
  await meeting.getByRole('button', { name: 'Drop last word' }).click();
  await expect(meeting.getByRole('group', { name: 'Edit the claim' }).locator('blockquote')).toHaveText('Le chef du Mossad, David Barnea, a rencontré İbrahim Kalın à');
  await meeting.getByRole('button', { name: 'Take back a word at the end' }).click();
  await meeting.getByLabel('Credibility of the information').selectOption('2');
  await meeting.getByRole('button', { name: 'Done' }).click();
  await expect(meeting).toContainText('meeting at a third location');
  await meeting.getByRole('button', { name: /^Accept/ }).click();
  await leads.getByRole('button', { name: /^Reject/ }).click();
  await expect(leads).toHaveAttribute('data-status', 'rejected');

  await page.getByRole('button', { name: 'Record 2 accepted claims' }).click();
  const summary = page.getByTestId('written-summary');
  await expect(summary).toContainText('Recorded 1 tie and 1 meeting');
  await expect(summary).toContainText('new actors: David Barnea');
  await expect(criticism).toHaveAttribute('data-status', 'written');
  await expect(criticism.getByRole('link', { name: 'See it on the graph' })).toBeVisible();
  await expectHeaderActorCount(page, actorsBefore + 1);
  await keepPicture(page, testInfo, 'recorded');

  const tieLink = await summary.getByRole('link', { name: 'Qatar criticizes Israel' }).getAttribute('href');
  const meetingLink = await summary.getByRole('link', { name: /David Barnea – İbrahim Kalın/ }).getAttribute('href');

  // The tie on the graph, selected, with its quote.
  await summary.getByRole('link', { name: 'Qatar criticizes Israel' }).click();
  await expect(detailsHeading(page)).toHaveText('Qatar criticizes Israel');
  await expect(tabPanel(page).locator('blockquote', { hasText: 'Le Qatar a condamné Israël.' })).toBeVisible();
  await expect(tabPanel(page)).toContainText('Barnea à Doha');
  await expect.poll(() => lineDrawn(page, 'tie:qatar-criticizes-israel')).toBe(true);

  // The meeting too, with the new actor.
  expect(tieLink).toContain('sel=tie');
  await page.goto(meetingLink!);
  await expect(detailsHeading(page)).toHaveText('David Barnea – İbrahim Kalın: meeting at a third location');
  await expect(tabPanel(page).locator('blockquote', { hasText: 'Le chef du Mossad, David Barnea, a rencontré İbrahim Kalın à Doha.' })).toBeVisible();
  await expect(tabPanel(page)).toContainText('Probably true');
  await expect.poll(() => lineDrawn(page, 'actor:david-barnea')).toBe(true);
});

/** Selects `phrase` in `element`'s text as a mouse would, and lets go of the button. */
async function selectText(element: Locator, phrase: string): Promise<void> {
  await element.evaluate((root, wanted) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const at = (offset: number): [Text, number] => {
      let passed = 0;
      for (const node of nodes) {
        if (offset <= passed + node.data.length) return [node, offset - passed];
        passed += node.data.length;
      }
      throw new Error(`offset ${offset} is past the text`);
    };
    const start = (root.textContent ?? '').indexOf(wanted);
    if (start < 0) throw new Error(`“${wanted}” is not in the text`);
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + wanted.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, phrase);
}

test('a claim no cue proposed is added from a selection of the text, typed, and recorded with that quote', async ({ page }) => {
  await page.goto('/extract');
  await page.getByLabel('Text of the report').fill('Le Qatar a condamné Israël. Erdoğan et l’Égypte partagent depuis longtemps une même ligne sur Gaza.');
  await page.getByLabel('Source title').fill('Une même ligne');
  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(page.getByTestId('proposal')).toHaveCount(1);
  // The keyboard is taken to what replaced the form.
  await expect(page.getByRole('heading', { name: 'Proposed claims' })).toBeFocused();

  await selectText(page.getByRole('document', { name: 'The report' }), 'Erdoğan et l’Égypte partagent depuis longtemps une même ligne');
  await page.getByRole('button', { name: 'Add a claim quoting the selection' }).click();
  const added = page.getByTestId('proposal').nth(1);
  await expect(added).toContainText('Added from your selection.');
  const editor = added.getByRole('group', { name: 'Edit the claim' });
  await expect(editor.getByLabel('Subject')).toHaveValue('recep-tayyip-erdogan');
  await expect(editor.getByLabel('Object')).toHaveValue('egypt');
  await editor.getByLabel('Type').selectOption('ALLIED_WITH');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(added.getByRole('heading')).toContainText('Recep Tayyip Erdoğan is allied with Egypt');
  await added.getByRole('button', { name: /^Accept/ }).click();
  await page.getByRole('button', { name: 'Record 1 accepted claim' }).click();

  const summary = page.getByTestId('written-summary');
  await expect(summary.getByRole('heading')).toBeFocused();
  await summary.getByRole('link', { name: 'Recep Tayyip Erdoğan is allied with Egypt' }).click();
  await expect(detailsHeading(page)).toHaveText('Recep Tayyip Erdoğan is allied with Egypt');
  await expect(tabPanel(page).locator('blockquote', { hasText: 'Erdoğan et l’Égypte partagent depuis longtemps une même ligne' })).toBeVisible();
});
