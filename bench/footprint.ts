import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RunningNeo4j } from './stack';

/**
 * What a data set costs Neo4j: the store on disk (what the page cache is to hold), the transaction logs beside it,
 * and the heap the loaded database keeps live (after a full GC, read with the JDK's `jcmd`, so the figure is the
 * live set rather than whatever garbage the last load left).
 */
export interface Neo4jFootprint {
  storeBytes: number;
  transactionLogBytes: number;
  liveHeapBytes: number | null;
}

function bytesUnder(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    total += entry.isDirectory() ? bytesUnder(file) : statSync(file).size;
  }
  return total;
}

/** The heap in use after a full collection, or null where `jcmd` (part of the JDK) cannot be run. */
function liveHeapBytes(pid: number): number | null {
  try {
    execFileSync('jcmd', [String(pid), 'GC.run'], { stdio: 'ignore', timeout: 60_000 });
    const info = execFileSync('jcmd', [String(pid), 'GC.heap_info'], { encoding: 'utf8', timeout: 60_000 });
    const used = /used (\d+)K/.exec(info);
    return used ? Number(used[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function neo4jFootprint(neo4j: RunningNeo4j): Neo4jFootprint {
  return {
    storeBytes: bytesUnder(path.join(neo4j.dataDir, 'data/databases/neo4j')),
    transactionLogBytes: bytesUnder(path.join(neo4j.dataDir, 'data/transactions/neo4j')),
    liveHeapBytes: liveHeapBytes(neo4j.pid),
  };
}

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;

export function footprintLine(label: string, neo4j: RunningNeo4j, footprint: Neo4jFootprint): string {
  const fits = footprint.storeBytes <= parseSize(neo4j.memory.pageCache) ? 'the store fits in it' : 'the store does NOT fit in it';
  return (
    `Neo4j for ${label}: store ${gb(footprint.storeBytes)} on disk (+ ${gb(footprint.transactionLogBytes)} of transaction logs); ` +
    `page cache ${neo4j.memory.pageCache} (${fits}); heap ${neo4j.memory.heap}, ` +
    `${footprint.liveHeapBytes === null ? 'live heap unknown (no jcmd)' : `${gb(footprint.liveHeapBytes)} live after a full GC`}`
  );
}

/** "512m", "4g" as bytes (the launcher's own notation). */
function parseSize(size: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!match) return Number.NaN;
  const unit = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}
