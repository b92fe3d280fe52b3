'use client';

import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import { ApiClientError } from '@/lib/query-client';
import { queryKeys } from '@/lib/query-keys';

interface Health {
  status: 'ok';
  database: { neo4jVersion: string; edition: string; actors: number };
}

const healthQuery = queryOptions({
  queryKey: queryKeys.health,
  queryFn: ({ signal }) => getJson<Health>('/api/health', signal),
  refetchInterval: 15_000,
  retry: false,
});

/** Says whether Neo4j answers, and keeps asking, so that an outage and the recovery are both visible. */
export function DatabaseStatus() {
  const { data, error, isPending } = useQuery(healthQuery);
  if (isPending) return <span className="db-status">Checking the database…</span>;
  if (error) {
    return (
      <span className="db-status db-down" role="alert" title={error.message}>
        {error instanceof ApiClientError && error.code === 'database_not_answering' ? 'Database not answering' : 'Database unavailable'}
      </span>
    );
  }
  return (
    <span className="db-status db-up" title={`Neo4j ${data.database.neo4jVersion} ${data.database.edition}`}>
      Database connected · {data.database.actors} actors
    </span>
  );
}
