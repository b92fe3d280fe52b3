import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { cache } from 'react';
import { getViewPicture } from '@/db/queries/graph';
import { getStoredView } from '@/db/queries/stored-views';
import { requirePageReader } from './page-guard';
import { Explorer } from '@/components/explorer/Explorer';
import { PreloadGraphCanvas } from '@/components/explorer/PreloadGraphCanvas';
import { pictureQuery } from '@/lib/api-client';
import { leaveOut } from '@/lib/errors';
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
  await requirePageReader();
  const { state, storedId } = await viewOfLink(searchParams);
  // A stored view's preview is asked for by its id: its own query would be too long for the image's URL.
  const query = storedId ? `?${STORED_VIEW_PARAM}=${storedId}` : viewQueryString(state);
  const graph = await pictureOfView(pictureQueryString(state)).catch(leaveOut("the names in the explorer's preview title"));
  const names = graph?.actors.slice(0, 5).map((actor) => actor.name) ?? [];
  const title = state.actors === null || !graph ? 'Parley — the graph' : `${names.join(', ')}${graph.actors.length > names.length ? '…' : ''}`;
  const description = graph
    ? `${summarizePicture(graph)}. Every tie and meeting cites the source it comes from.`
    : 'Diplomatic actors, meetings and ties, every one traced to a quote.';
  const image = `/api/preview${query}`;
  return { title, description, openGraph: { title, description, images: [image] }, twitter: { card: 'summary_large_image', title, description, images: [image] } };
}

/**
 * The explorer at once, its first picture streamed in after it: the query starts here and its answer follows the
 * page's shell in the same response, so that a slow first read (a database just started) leaves the header, the
 * panes and the search box usable meanwhile, and a warm one costs no second round trip from the browser.
 */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageReader();
  const { state, dropped } = await viewOfLink(searchParams);
  const queryClient = getQueryClient();
  // The browser's own query, read from the database here (one argument only: the cache would miss on the signal).
  // Not awaited: the pending query is sent as it is, and the browser takes its answer when it arrives.
  void queryClient.prefetchQuery(pictureQuery(state, (viewQuery) => pictureOfView(viewQuery)));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PreloadGraphCanvas />
      <Explorer initialView={state} linkNotices={dropped} />
    </HydrationBoundary>
  );
}
