import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { getOverviewGraph, getViewGraph } from '@/db/queries/graph';
import { Explorer } from '@/components/explorer/Explorer';
import { overviewQuery, viewQuery } from '@/lib/api-client';
import { OVERVIEW_LIMIT } from '@/lib/schemas/requests';
import { getQueryClient } from '@/lib/query-client';
import { parseViewState } from '@/lib/view-state';

// The graph changes as analysts work: always render it from the database, never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { state, dropped } = parseViewState(await searchParams);
  const queryClient = getQueryClient();
  // The first picture comes with the page. A failed prefetch is left out of the cache: the browser then asks the
  // API itself and shows its message.
  if (state.actors === null) {
    await queryClient.prefetchQuery({ ...overviewQuery(), queryFn: () => getOverviewGraph({ limit: OVERVIEW_LIMIT }) });
  } else {
    const actorIds = state.actors;
    await queryClient.prefetchQuery({ ...viewQuery(actorIds), queryFn: () => getViewGraph({ actorIds }) });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Explorer initialView={state} linkNotices={dropped} />
    </HydrationBoundary>
  );
}
