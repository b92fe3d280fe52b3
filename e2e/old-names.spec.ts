import { expect, test } from '@playwright/test';
import { OLD_TIES_WORD } from '../lib/old-names.mjs';

// Addresses from before ties were called ties (lib/old-names.mjs): bookmarks and scripts keep working.
test('an old tie address answers 308 to its new one, which gives the tie', async ({ request }) => {
  const oldTie = await request.get(`/api/${OLD_TIES_WORD}/qatar-mediates-for-hamas?version=1`, { maxRedirects: 0 });
  expect(oldTie.status()).toBe(308);
  expect(new URL(oldTie.headers()['location']!, 'http://any').pathname).toBe('/api/ties/qatar-mediates-for-hamas');
  expect(oldTie.headers()['location']).toContain('version=1');

  const oldCollection = await request.get(`/api/${OLD_TIES_WORD}`, { maxRedirects: 0 });
  expect(oldCollection.status()).toBe(308);
  expect(new URL(oldCollection.headers()['location']!, 'http://any').pathname).toBe('/api/ties');

  const followed = await request.get(`/api/${OLD_TIES_WORD}/qatar-mediates-for-hamas`);
  expect(followed.status()).toBe(200);
  expect((await followed.json()).tie).toMatchObject({ id: 'qatar-mediates-for-hamas', subjectId: 'qatar', objectId: 'hamas' });
});
