import 'server-only';
import { readTransaction, writeTransaction } from '../driver';
import { computeGraphPageRank, refreshGraphPageRankIfDue, type MeasureTransactions } from './pagerank';

/**
 * Keeps the whole graph's PageRank (./pagerank) up to date after writes, at a bounded cost: a write asks for a
 * refresh, which runs a moment later (so that a burst of writes, or an import's chunks, ask once) and at most once
 * per interval across all app processes (claimed on the measure's node). A refresh that is not due yet is asked
 * again when it will be, so that the last writes of a burst are counted too. An import, which may add thousands of
 * actors at once, computes it before it answers: one computation per import, small beside the import's own writes
 * (README "Measures" gives both figures).
 */

const DEFAULT_INTERVAL_SECONDS = 60;
/** How long a refresh waits after the write that asked for it. */
const SETTLE_MS = 1_000;

/** `PARLEY_PAGERANK_INTERVAL_SECONDS`: the least time between two computations (default a minute). */
export function pageRankIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PARLEY_PAGERANK_INTERVAL_SECONDS;
  const seconds = raw === undefined || raw === '' ? DEFAULT_INTERVAL_SECONDS : Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error(`PARLEY_PAGERANK_INTERVAL_SECONDS must be a number of seconds, at least 1 (it is "${raw}")`);
  return seconds * 1000;
}

// The whole graph is read at once, by no page waiting for it: within the deadline of the large reads, not a page's.
/** The app's: the whole graph read within the large reads' deadline. */
export const pageRankTransactions: MeasureTransactions = { read: (work) => readTransaction(work, 'largeRead'), write: writeTransaction };

let timer: ReturnType<typeof setTimeout> | null = null;

function after(ms: number): void {
  // Never keeps a script (an import, a test run) alive on its own.
  timer = setTimeout(() => void refresh(), Math.max(0, ms));
  timer.unref();
}

async function refresh(): Promise<void> {
  timer = null;
  try {
    const outcome = await refreshGraphPageRankIfDue(pageRankTransactions, { minIntervalMs: pageRankIntervalMs() });
    if ('dueAt' in outcome && !timer) after(outcome.dueAt.getTime() - Date.now());
  } catch (error) {
    // The ranks stay as they were (the overview still reads them); the next write asks again.
    console.error('The whole graph’s PageRank could not be refreshed', error);
  }
}

/** After a write: the whole graph's PageRank is computed again soon, or when the interval since the last allows. */
export function askForPageRankRefresh(): void {
  if (!timer) after(SETTLE_MS);
}

/** At the end of an import: computed now, so that the overview opened next ranks what it brought; a failure only delays it. */
export async function refreshPageRankAfterImport(): Promise<void> {
  try {
    await computeGraphPageRank(pageRankTransactions);
  } catch (error) {
    console.error('The whole graph’s PageRank could not be computed after an import', error);
    askForPageRankRefresh();
  }
}
