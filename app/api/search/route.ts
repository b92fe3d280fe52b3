import type { NextRequest } from 'next/server';
import { searchActors } from '@/db/queries/actors';
import { parseRequest, respond } from '@/lib/api-response';
import { actorSearchParamsSchema, searchParamsObject } from '@/lib/schemas/requests';
import { guardRead } from '../guard';

export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const params = parseRequest(actorSearchParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return { hits: await searchActors({ query: params.q, limit: params.limit }) };
  });
}
