import { readFileSync } from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import { createDriver, readNeo4jSettings } from './db/connection.ts';
import { parseImport } from './lib/import/parse.ts';
import { runBatch } from './db/bulk/batch.ts';
const settings = readNeo4jSettings();
const driver = createDriver(settings);
const times = new Map<string, number>();
function wrap(tx: ManagedTransaction): ManagedTransaction {
  return new Proxy(tx, { get(t, p) { if (p === 'run') return async (q: string, params: unknown) => { const s = performance.now(); const r = await (t.run as any)(q, params); const k = q.replace(/\s+/g, ' ').slice(0, 70); times.set(k, (times.get(k) ?? 0) + performance.now() - s); return r; }; return (t as any)[p]; } });
}
const change = { editor: 'p', editorId: null, at: new Date().toISOString() };
const s0 = performance.now();
const batch = parseImport('icews', [{ name: 'f', text: readFileSync(process.argv[2]!, 'utf8') }]);
console.log('parse', performance.now() - s0);
const s = performance.now();
let commit = 0;
await runBatch(batch, {
  read: (w) => driver.executeQuery ? driver.session({ database: settings.database }).executeRead((tx) => w(wrap(tx), change)) : null as any,
  write: async (w) => { const session = driver.session({ database: settings.database }); try { const st = performance.now(); const r = await session.executeWrite((tx) => w(wrap(tx), change)); commit += performance.now() - st; return r; } finally { await session.close(); } },
}, { dryRun: false, chunkSize: 5000 });
console.log('total', performance.now() - s, 'in write tx', commit);
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log(v.toFixed(0).padStart(7), k);
await driver.close();
