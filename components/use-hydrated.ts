'use client';

import { useSyncExternalStore } from 'react';

/** For a value that never changes once read in the browser. */
export const noSubscription = () => () => {};

/**
 * False while React hydrates the server's HTML (and on the server), true from the render after: what the first
 * client render draws must be what the server drew, even when the browser already holds data the server did not.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
