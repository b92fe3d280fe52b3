// The app's HTTP server: Next's production server behind a check that answers, before Next, the requests Next
// cannot handle (TRACE, paths whose percent-encoding does not decode) instead of failing with a 500.
//
//   node db/stack/server.mjs [-p 3000] [-H 127.0.0.1]     (every address without -H; the build in PARLEY_DIST_DIR or .next)
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { earlyRefusal } from '../../lib/early-refusal.mjs';

// As `next start` does, before Next and React are loaded: they pick their production builds by it.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '../..'), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const refusal = earlyRefusal(request.method, request.url);
  if (!refusal) return void handle(request, response);
  // The body of a refused request is not read; the connection closes after the answer.
  response.writeHead(refusal.status, { ...refusal.headers, Connection: 'close' });
  response.end(request.method === 'HEAD' ? undefined : refusal.body);
}).listen(port, hostname, () => {
  process.stdout.write(`[parley] Listening on http://${hostname ?? 'localhost'}:${port}\n`);
});
