'use client';

import { useSyncExternalStore } from 'react';
import { noSubscription } from '../use-hydrated';
import { nextVisits, type Visits } from '@/lib/changes';

const VISITS_KEY = 'parley:visits';

/** This page load's visits, read and recorded once (localStorage); null where storage is refused. */
let visits: Visits | null | undefined;

function write(value: Visits): void {
  try {
    window.localStorage.setItem(VISITS_KEY, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, full): there is no last visit to offer.
  }
}

function recordVisit(): Visits | null {
  if (visits !== undefined) return visits;
  try {
    visits = nextVisits(JSON.parse(window.localStorage.getItem(VISITS_KEY) ?? 'null'), new Date());
  } catch {
    visits = null;
    return visits;
  }
  write(visits);
  const opened = visits;
  // The visit goes on while the page is open: leaving it is the last time it was seen.
  window.addEventListener('pagehide', () => write({ ...opened, seen: new Date().toISOString() }));
  return visits;
}

/**
 * When the analyst's last visit to the explorer started, as this browser remembers it, this visit being recorded
 * in its place the first time it is asked; null on a first visit, on the server, and where storage is refused.
 */
export function useLastVisit(): string | null {
  return useSyncExternalStore(noSubscription, () => recordVisit()?.previous ?? null, () => null);
}
