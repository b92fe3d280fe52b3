import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { getOverviewGraph } from '@/db/queries/graph';
import { Explorer } from '@/components/Explorer';
import { OVERVIEW_LIMIT, overviewQuery } from '@/lib/api-client';
import { getQueryClient } from '@/lib/query-client';

// The graph changes as analysts work: always render it from the database, never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const queryClient = getQueryClient();
  // A failed prefetch is left out of the cache: the browser then asks the API itself and shows its message.
  await queryClient.prefetchQuery({ ...overviewQuery(), queryFn: () => getOverviewGraph({ limit: OVERVIEW_LIMIT }) });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Explorer />
    </HydrationBoundary>
  );
}
