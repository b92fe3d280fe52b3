// `node db/stack/server.mjs [-p PORT] [-H HOST]`: serves the production build as `next start` does (same port,
// same default of every interface), through Next's custom-server API, so that the address each request came from
// is decided here, from the socket, before Next sees it. Next itself only fills `X-Forwarded-For` when it is missing,
// which let a client write the address the rate limits count. See lib/auth/forwarded-for.mjs. It also answers, before
// Next, the requests Next cannot handle (TRACE, paths whose percent-encoding does not decode) instead of a 500.
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseTrustedProxies, requestAddress } from '../../lib/auth/forwarded-for.mjs';
import { earlyRefusal } from '../../lib/early-refusal.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname; // none: every interface, as `next start` without -H
let trustedProxies;
try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`The port must be a number from 0 to 65535, not "${values.port ?? process.env.PORT}".`);
  trustedProxies = parseTrustedProxies(process.env.PARLEY_TRUSTED_PROXIES);
} catch (error) {
  console.error(`[parley] ${error.message}`);
  process.exit(1);
}

// As `next start` does; set before Next is loaded, which reads it then.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');
const app = next({ dev: false, dir: ROOT, hostname: hostname ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  const refusal = earlyRefusal(request.method, request.url);
  if (refusal) {
    // The body of a refused request is not read; the connection closes after the answer.
    response.writeHead(refusal.status, { ...refusal.headers, Connection: 'close' });
    response.end(request.method === 'HEAD' ? undefined : refusal.body);
    return;
  }
  // The only entry left is the one decided here, which is the one lib/auth/limits.ts#clientAddress reads.
  request.headers['x-forwarded-for'] = requestAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustedProxies);
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`[parley] Serving on http://${hostname ?? 'localhost'}:${port}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running after a few seconds are cut rather than holding the shutdown.
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
