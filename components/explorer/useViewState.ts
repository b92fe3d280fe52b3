'use client';

import { useCallback, useEffect, useState } from 'react';
import { viewQueryString, type ViewState } from '@/lib/view-state';

/**
 * The view, kept in React and mirrored into the address bar, so that the URL is always a link to what is on
 * screen. `replaceState` keeps one history entry instead of one per click or drag, and Next keeps its own
 * router in step with it without a server round trip.
 */
export function useViewState(initial: ViewState) {
  const [view, setView] = useState(initial);

  useEffect(() => {
    const url = `${window.location.pathname}${viewQueryString(view)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [view]);

  const update = useCallback((change: (current: ViewState) => ViewState) => setView(change), []);
  return [view, update] as const;
}
