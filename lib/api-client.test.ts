import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from './api-client';
import { ApiClientError } from './query-client';

/** A server in front of Parley (a proxy, a captive portal) can answer with a page instead of JSON. */
describe('getJson with an answer that is not JSON', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(request.url === '/broken' ? 502 : 200, { 'Content-Type': 'text/html' });
      response.end('<html><body>Sign in to the network</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fails with "could not be read" instead of handing the caller null as if it were data', async () => {
    const failure = await getJson(`${origin}/page`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiClientError);
    expect(failure).toMatchObject({ status: 200, code: 'unreadable', message: 'The server’s answer could not be read. Try again.' });
  });

  it('names the status of an error answer without a JSON body', async () => {
    const failure = await getJson(`${origin}/broken`).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 502, code: 'unknown', message: 'The server answered 502.', body: null });
  });
});
