import { expect, test } from '@playwright/test';

/**
 * Requests Next itself would fail on with a 500 and a logged stack trace: TRACE, and a path whose percent-encoding
 * does not decode. The server (db/stack/server.mjs) answers them first, with what was wrong.
 */

test('TRACE is refused with 405 and the methods allowed, on pages and APIs alike', async ({ request }) => {
  for (const path of ['/', '/api/actors', '/api/import', '/v/AAAAAAAAAA']) {
    const response = await request.fetch(path, { method: 'TRACE' });
    expect(response.status(), path).toBe(405);
    expect(response.headers()['allow'], path).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  }
  const api = await request.fetch('/api/actors', { method: 'TRACE' });
  expect((await api.json()).error).toEqual({ code: 'method_not_allowed', message: 'This server does not answer TRACE requests.' });
});

test('a malformed percent-encoding in the path is a 400 that says so: JSON for the API, a page otherwise', async ({ request, page }) => {
  for (const path of ['/api/actors/%ZZ', '/api/actors/qatar%E0%A4%A/history']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect((await response.json()).error.message).toMatch(/^The address is not valid: each “%” in its path/);
  }

  const response = await page.goto('/v/%ZZ');
  expect(response?.status()).toBe(400);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('heading', { name: 'Address not valid', level: 1 })).toBeVisible();
  await expect(page.getByText('write “%” itself as “%25”')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the graph' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('every API answer carries the security headers: a 400, a refusal, a missing route and an upload alike', async ({ request }) => {
  const answers = [
    await request.get('/api/search?q=x&limit=none'),
    await request.get('/api/health'),
    await request.get('/api/no-such-route'),
    await request.get('/api/import'),
    await request.post('/api/import?format=icews', { headers: { Origin: 'https://evil.example' }, data: 'x' }),
    await request.post('/api/actors', { headers: { Origin: 'https://evil.example' }, data: {} }),
  ];
  expect(answers.map((answer) => answer.status())).toEqual([400, 200, 404, 405, 403, 403]);
  for (const answer of answers) {
    const headers = answer.headers();
    expect(headers['content-security-policy'], answer.url()).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers['x-content-type-options'], answer.url()).toBe('nosniff');
    expect(headers['x-frame-options'], answer.url()).toBe('DENY');
    expect(headers['referrer-policy'], answer.url()).toBe('strict-origin-when-cross-origin');
  }
});

test('pages and session-dependent API answers are kept by no cache; previews are public while anyone may read', async ({ request }) => {
  for (const path of ['/', '/api/session', '/api/actors/qatar', '/api/search?q=qatar']) {
    const cacheControl = (await request.get(path)).headers()['cache-control'];
    expect(cacheControl, path).toMatch(/private/);
    expect(cacheControl, path).toMatch(/no-store/);
  }
  expect((await request.get('/api/preview?a=qatar')).headers()['cache-control']).toBe('public, max-age=300');
});
