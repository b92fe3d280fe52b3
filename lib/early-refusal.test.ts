import { describe, expect, it } from 'vitest';
import { earlyRefusal } from './early-refusal.mjs';

describe('earlyRefusal', () => {
  it('lets every ordinary request through to Next, percent-encoded names and odd queries included', () => {
    for (const [method, url] of [
      ['GET', '/'],
      ['POST', '/api/import?format=icews'],
      ['GET', '/api/actors/caf%C3%A9'],
      ['GET', '/api/search?q=%ZZ'],
      ['GET', '/?a=turkey#%ZZ'],
      ['OPTIONS', '/api/actors'],
    ]) {
      expect(earlyRefusal(method, url), `${method} ${url}`).toBeNull();
    }
  });

  it('answers TRACE with 405 and the methods there are', () => {
    expect(earlyRefusal('TRACE', '/api/actors')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' } });
  });

  it('answers a path that does not decode with 400: JSON under /api, a page with no script elsewhere', () => {
    const api = earlyRefusal('GET', '/api/actors/%ZZ?x=1')!;
    expect(api.status).toBe(400);
    expect(api.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(api.body).error.code).toBe('bad_request');

    const page = earlyRefusal('GET', '/v/%E0%A4')!;
    expect(page.status).toBe(400);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toMatch(/^default-src 'none'/);
    expect(page.body).toContain('<h1 style="font-size: 1.5rem">Address not valid</h1>');
  });
});
