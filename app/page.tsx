import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { cache, Suspense } from 'react';
import { getViewPicture } from '@/db/queries/graph';
import { getStoredView } from '@/db/queries/stored-views';
import { Explorer } from '@/components/explorer/Explorer';
import { StatusMessage } from '@/components/StatusMessage';
import { pictureQuery } from '@/lib/api-client';
import { summarizePicture } from '@/lib/picture';
import { getQueryClient } from '@/lib/query-client';
import { parseViewLink, parseViewState, pictureQueryString, STORED_VIEW_PARAM, viewQueryString } from '@/lib/view-state';

// The graph changes as analysts work: always render it from the database, never at build time.
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * One database read per request, shared by the page and its metadata: keyed by the view's canonical query string
 * (React's cache compares arguments by identity, so a parsed view object would never match).
 */
const pictureOfView = cache((query: string) => getViewPicture(parseViewState(new URLSearchParams(query)).state));

/** A `?view=<id>` link's stored query, read once per request for the page and its metadata alike. */
const storedQuery = cache(getStoredView);

async function viewOfLink(searchParams: SearchParams) {
  return parseViewLink(await searchParams, storedQuery);
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { state, storedId } = await viewOfLink(searchParams);
  // A stored view's preview is asked for by its id: its own query would be too long for the image's URL.
  const query = storedId ? `?${STORED_VIEW_PARAM}=${storedId}` : viewQueryString(state);
  const graph = await pictureOfView(pictureQueryString(state)).catch(() => null);
  const names = graph?.actors.slice(0, 5).map((actor) => actor.name) ?? [];
  const title = state.actors === null || !graph ? 'Parley — the graph' : `${names.join(', ')}${graph.actors.length > names.length ? '…' : ''}`;
  const description = graph
    ? `${summarizePicture(graph)}. Every tie and meeting cites the source it comes from.`
    : 'Diplomatic actors, meetings and ties, every one traced to a quote.';
  const image = `/api/preview${query}`;
  return { title, description, openGraph: { title, description, images: [image] }, twitter: { card: 'summary_large_image', title, description, images: [image] } };
}

/** The explorer with its first picture, read from the database. */
async function ExplorerWithGraph({ searchParams }: { searchParams: SearchParams }) {
  const { state, dropped } = await viewOfLink(searchParams);
  const queryClient = getQueryClient();
  // The first picture comes with the page. A failed prefetch is left out of the cache: the browser then asks the
  // API itself and shows its message.
  await queryClient.prefetchQuery({ ...pictureQuery(state), queryFn: () => pictureOfView(pictureQueryString(state)) });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Explorer initialView={state} linkNotices={dropped} />
    </HydrationBoundary>
  );
}

export default function HomePage({ searchParams }: { searchParams: SearchParams }) {
  // The page's head and scripts go out before the database answers, so that the browser loads and runs them
  // meanwhile; the explorer streams in with its data.
  return (
    <Suspense fallback={<StatusMessage kind="loading">Loading the graph…</StatusMessage>}>
      <ExplorerWithGraph searchParams={searchParams} />
    </Suspense>
  );
}
