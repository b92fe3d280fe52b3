import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { RecordKind } from './records';

/**
 * Every query key of the app, built here and nowhere else. Keys nest, and invalidating one reaches every key that
 * starts with it: all that is read from the graph and its records lies under `graph` (an actor's preview and its
 * deletion check under that actor, a source's search and profile under `sources`).
 */
const graph = ['graph'] as const;
const actors = [...graph, 'actors'] as const;
const sources = [...graph, 'sources'] as const;

function actor(id: string) {
  return [...actors, id] as const;
}

export const queryKeys = {
  graph,
  /** What the canvas draws of a view, by the view's canonical query string. */
  picture: (view: string) => [...graph, 'picture', view] as const,
  line: (view: string, line: string, page: number) => [...graph, 'line', view, line, page] as const,
  actorSearch: (text: string) => [...graph, 'search', text] as const,
  actors,
  actor,
  expandPreview: (id: string, hops: 1 | 2) => [...actor(id), 'preview', hops] as const,
  actorDeletion: (id: string) => [...actor(id), 'deletion'] as const,
  similarActors: (name: string, aliases: readonly string[]) => [...graph, 'similar-actors', name, aliases] as const,
  tie: (id: string) => [...graph, 'ties', id] as const,
  meeting: (id: string) => [...graph, 'meetings', id] as const,
  timeline: (filter: object) => [...graph, 'timeline', filter] as const,
  /** What changed since a day or moment: under `graph`, so that a write lists itself at once. */
  changes: (since: string | null) => [...graph, 'changes', since] as const,
  paths: (request: object | null) => [...graph, 'paths', request] as const,
  sources,
  sourceSearch: (text: string) => [...sources, 'search', text] as const,
  sourceProfile: (id: string) => [...sources, 'profile', id] as const,
  history: (kind: RecordKind, id: string) => [...graph, 'history', kind, id] as const,
  deleted: [...graph, 'deleted'] as const,
  /** The header's database status, which counts the actors. */
  health: ['health'] as const,
  users: ['users'] as const,
};

/** What each kind of write changes, as the keys to invalidate: every key that shows it starts with one of them. */
export const changedBy = {
  /** Creating, editing, deleting or restoring a record, or importing: the graph, and the header's actor count. */
  records: [queryKeys.graph, queryKeys.health],
  users: [queryKeys.users],
} as const satisfies Record<string, readonly QueryKey[]>;

export type ChangeKind = keyof typeof changedBy;

declare module '@tanstack/react-query' {
  interface Register {
    /** A mutation says what it changes; the query client invalidates that once it succeeds (see query-client). */
    mutationMeta: { changes?: ChangeKind };
  }
}

/**
 * Marks what a write changed as stale: the queries on screen refetch at once, the others when next shown.
 * Not awaited by the writes: a form closes on the server's answer, not on the refetches.
 */
export function invalidateChanged(queryClient: QueryClient, change: ChangeKind): Promise<void> {
  return Promise.all(changedBy[change].map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(() => undefined);
}
