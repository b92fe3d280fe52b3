import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

export default defineConfig({
  root,
  resolve: {
    // Outside Next, `server-only` would throw on import; its empty entry is what React server code gets.
    alias: { 'server-only': path.join(root, 'node_modules/server-only/empty.js'), '@': root },
  },
  test: {
    include: ['{lib,db,components,app}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Integration tests share one throw-away database, so files run one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    // Suites fire hundreds of writes a second from one test user; the rate limits have their own test, which lowers them.
    // Deadlines far above the defaults: on a loaded machine a cold first query takes seconds, and only the test of a
    // hung Neo4j (app/api/outage.test.ts) is about them, with short ones of its own.
    env: { PARLEY_WRITE_LIMIT: '1000000', PARLEY_SIGNIN_LIMIT: '1000000', PARLEY_READ_DEADLINE_MS: '30000', PARLEY_WRITE_DEADLINE_MS: '60000' },
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: path.join(root, 'test-results/vitest.json') },
  },
});
