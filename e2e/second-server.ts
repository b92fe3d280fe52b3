import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * A second server of the suite's build, with settings of its own (the suite's server keeps the defaults), for
 * specs of what a setting changes. Its own process group, so that stopping it stops it all.
 */
export interface SecondServer {
  baseURL: string;
  stop(): void;
}

const root = path.resolve(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseURL: string, server: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The ${name} server exited with code ${server.exitCode}.`);
    const healthy = await fetch(`${baseURL}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The ${name} server did not answer its health check in 90 s.`);
}

/** Starts the app's own server (as the other specs use it) with `env` over the suite's, once it answers. */
export async function startSecondServer(name: string, env: Record<string, string>): Promise<SecondServer> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(root, 'db/stack/server.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'ignore',
    detached: true,
  });
  await waitForHealth(baseURL, server, name);
  return {
    baseURL,
    stop: () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    },
  };
}
