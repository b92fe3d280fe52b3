import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PLAYWRIGHT_PORT || 3100);
/** Where the app under test listens; specs that call its API outside a page use it too. */
export const BASE_URL = `http://127.0.0.1:${port}`;

/** Runs against a production build (`npm test` builds it) in Debian's Chromium; no browser is downloaded. */
export default defineConfig({
  testDir: __dirname,
  testMatch: '**/*.spec.ts',
  globalSetup: path.join(__dirname, 'global-setup.ts'),
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR || path.join(root, 'test-results/playwright'),
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results/playwright.json') }]],
  use: {
    baseURL: BASE_URL,
    // Specs run as a signed-in editor (written by global-setup); those for other roles say so with test.use.
    storageState: path.join(__dirname, '.auth/editor.json'),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // The app's own server (as `npm start` runs it), which takes each request's address from the socket.
    command: `${process.execPath} ${path.join(root, 'db/stack/server.mjs')} -p ${port} -H 127.0.0.1`,
    cwd: root,
    url: `${BASE_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
