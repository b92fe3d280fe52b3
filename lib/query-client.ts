import { MutationCache, QueryClient, defaultShouldDehydrateQuery, isServer } from '@tanstack/react-query';
import type { FieldIssue } from './errors';
import { invalidateChanged } from './query-keys';

function makeQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // Each write says what it changes (`meta.changes`); every key showing that goes stale once it succeeds.
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        const change = mutation.meta?.changes;
        if (change) void invalidateChanged(queryClient, change);
      },
    }),
    defaultOptions: {
      queries: {
        // Data fetched on the server is fresh on arrival; don't refetch it straight away in the browser.
        staleTime: 30_000,
        // A refusal (4xx) or a read that asks for too much (`read_too_long`) answers the same when asked again.
        retry: (failureCount, error) => failureCount < 2 && !(error instanceof ApiClientError && (error.status < 500 || error.code === 'read_too_long')),
      },
      dehydrate: {
        // A page can send a query still running on the server: the browser gets its answer later in the same
        // response, and meanwhile the page is drawn (its shell, the search box) instead of waiting for the data.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
        // A failure then reaches the browser as an error without its message (Next keeps it to the server's log);
        // the browser retries through the API, which says what went wrong.
        shouldRedactErrors: () => false,
      },
    },
  });
  return queryClient;
}

let browserQueryClient: QueryClient | undefined;

/** One client per server request (no data shared between users), one for the whole browser session. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** Client side: an error answer of the API as the browser receives it, with the message the server chose to show and, for bad input, each field's. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The whole answer, for errors that carry more (such as the current record of an edit conflict). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}
