import type { NextRequest } from 'next/server';
import { searchActors } from '@/db/queries/actors';
import { parseRequest, respond } from '@/lib/api-response';
import { actorSearchParamsSchema, searchParamsObject } from '@/lib/schemas/requests';

export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const params = parseRequest(actorSearchParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return { hits: await searchActors({ query: params.q, limit: params.limit }) };
  });
}
