import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type EagerResult } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedNeo4j } from './neo4j.mjs';

describe('the embedded Neo4j launcher', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-launcher-test-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function startAndCount(password: string, write: boolean): Promise<number> {
    const port = await freePort();
    const server = await startEmbeddedNeo4j({ port, dataDir, password, logFile: path.join(dataDir, 'launcher.log') });
    try {
      expect(server.uri).toBe(`bolt://127.0.0.1:${port}`);
      const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
      try {
        if (write) await driver.executeQuery("CREATE (:LauncherProbe {at: 'first run'})");
        const { records } = await driver.executeQuery<EagerResult<{ n: number }>>('MATCH (n:LauncherProbe) RETURN count(n) AS n');
        return records[0]!.get('n');
      } finally {
        await driver.close();
      }
    } finally {
      await server.stop();
    }
  }

  it('serves Bolt on loopback, keeps its data across restarts, and starts again with the same password', async () => {
    expect(await startAndCount('first-password', true)).toBe(1);
    expect(await startAndCount('first-password', false)).toBe(1);
  }, 240_000);

  it('takes a new password from the environment on the next start', async () => {
    expect(await startAndCount('second-password', false)).toBe(1);
  }, 120_000);
});
