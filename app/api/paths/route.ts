import type { NextRequest } from 'next/server';
import { findPaths } from '@/db/queries/paths';
import { parseRequest, respond } from '@/lib/api-response';
import { pathParamsSchema, searchParamsObject } from '@/lib/schemas/requests';
import { guardRead } from '../guard';

/** `GET /api/paths?from=united-states&to=hamas&maxHops=6&limit=5&connections=…&minReliability=B&tiesOnly=true`: shortest paths. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const query = parseRequest(pathParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return findPaths({ ...query, connections: query.connections ?? null, minReliability: query.minReliability ?? null });
  });
}
