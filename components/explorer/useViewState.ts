'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { storeView } from '@/lib/api-client';
import { LONG_VIEW_QUERY, STORED_VIEW_PARAM, storedViewUrl, viewQueryString, type ViewState } from '@/lib/view-state';

/**
 * The view, kept in React and mirrored into the address bar, so that the URL is always a link to what is on
 * screen. `replaceState` keeps one history entry instead of one per click or drag, and Next keeps its own
 * router in step with it without a server round trip. A view whose query is too long for a URL (LONG_VIEW_QUERY)
 * is stored under its short id and the address bar holds `/?view=<id>`.
 */
export function useViewState(initial: ViewState) {
  const [view, setView] = useState(initial);
  // Short ids already known, by view query: the one the page was opened with, and those stored since.
  const storedIds = useRef<Map<string, string> | null>(null);

  useEffect(() => {
    const query = viewQueryString(view);
    if (!storedIds.current) {
      const openedWith = new URLSearchParams(window.location.search).get(STORED_VIEW_PARAM);
      storedIds.current = new Map(openedWith && view === initial ? [[query, openedWith]] : []);
    }
    const known = storedIds.current;
    const show = (url: string) => {
      if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
    };
    if (query.length <= LONG_VIEW_QUERY) {
      show(`${window.location.pathname}${query}`);
      return;
    }
    const id = known.get(query);
    if (id) {
      show(storedViewUrl(id));
      return;
    }
    const controller = new AbortController();
    storeView(query, controller.signal).then(
      (stored) => {
        known.set(query, stored.id);
        show(stored.url);
      },
      // Not stored (refused, offline): the full link still says what is on screen, though too long to open.
      () => {
        if (!controller.signal.aborted) show(`${window.location.pathname}${query}`);
      },
    );
    return () => controller.abort();
  }, [view, initial]);

  const update = useCallback((change: (current: ViewState) => ViewState) => setView(change), []);
  return [view, update] as const;
}
