import { QueryClient, isServer } from '@tanstack/react-query';
import type { FieldIssue } from './errors';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data fetched on the server is fresh on arrival; don't refetch it straight away in the browser.
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 2 && !(error instanceof ApiError && error.status < 500),
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One client per server request (no data shared between users), one for the whole browser session. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** An error answer of the API, with the message the server chose to show and, for bad input, each field's. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The whole answer, for errors that carry more (such as the current record of an edit conflict). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
