'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * After a write, every cached answer it may have changed is refetched: the graph (overview and views), search,
 * actor profiles, tie and meeting details (names and counts appear across them), the timeline, paths, sources,
 * deleted records and histories. Only the queries on screen refetch at once; the others when next shown.
 */
const AFFECTED = ['graph', 'search', 'actor', 'relation', 'meeting', 'meetings', 'paths', 'sources', 'deleted', 'history', 'actors'] as const;

export function useWriteInvalidation() {
  const queryClient = useQueryClient();
  return useCallback(() => Promise.all(AFFECTED.map((key) => queryClient.invalidateQueries({ queryKey: [key] }))), [queryClient]);
}
