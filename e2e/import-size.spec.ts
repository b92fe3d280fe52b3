import { expect, test } from '@playwright/test';
import { icewsEventFile } from '../db/bulk/icews-events';
import { MAX_IMPORT_BYTES } from '../lib/import/protocol';
import type { ImportResult } from '../lib/import/types';
import { apiHeaders } from './authoring-helpers';

/**
 * Uploads past the 10 MB that Next lets its request hook (proxy.ts) hold: every row of the file is read, or the
 * upload is refused saying why. Against the real server, since the cut happened in Next, before any route handler.
 */

// About 11.5 MB in 2,800 rows: each event's text is 4,000 characters, below the 5,000 a quote may have.
const EVENTS = 2_800;
const LARGE_FILE = Buffer.from(icewsEventFile(EVENTS, { textLength: 4_000 }));

test.describe('importing a file over 10 MB', () => {
  test.setTimeout(120_000);

  test.beforeAll(() => {
    expect(LARGE_FILE.byteLength).toBeGreaterThan(11 * 1024 * 1024);
  });

  test('reads every row of the file sent as the body', async ({ request, baseURL }) => {
    const response = await request.post('/api/import?format=icews&dryRun=true', {
      headers: { ...apiHeaders(baseURL!), 'Content-Type': 'text/tab-separated-values' },
      data: LARGE_FILE,
      timeout: 110_000,
    });
    expect(response.status()).toBe(200);
    const result = (await response.json()) as ImportResult;
    expect(result).toMatchObject({ dryRun: true, format: 'icews', rows: EVENTS, errors: [] });
  });

  test('reads every row of the file sent as a multipart part', async ({ request, baseURL }) => {
    const response = await request.post('/api/import?format=icews&dryRun=true', {
      headers: apiHeaders(baseURL!),
      multipart: { file: { name: 'events.tsv', mimeType: 'text/tab-separated-values', buffer: LARGE_FILE } },
      timeout: 110_000,
    });
    expect(response.status()).toBe(200);
    expect((await response.json()) as ImportResult).toMatchObject({ rows: EVENTS, errors: [] });
  });

  test('refuses a file over the limit with a 413 that names it', async ({ request, baseURL }) => {
    const response = await request.post('/api/import?format=icews&dryRun=true', {
      headers: { ...apiHeaders(baseURL!), 'Content-Type': 'text/tab-separated-values' },
      data: Buffer.alloc(MAX_IMPORT_BYTES + 1, 'x'),
      timeout: 110_000,
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.message).toBe(
      'The upload is larger than 50 MB, the most one import reads; split the file and import the parts.',
    );
  });

  test('a JSON write of over 10 MB is refused for its size, not read cut short', async ({ request, baseURL }) => {
    const response = await request.post('/api/actors', {
      headers: { ...apiHeaders(baseURL!), 'Content-Type': 'application/json' },
      data: JSON.stringify({ name: 'Big', kind: 'state', description: 'x'.repeat(11 * 1024 * 1024) }),
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toBe('The body is larger than 256 KB.');
  });
});
