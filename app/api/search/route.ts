import type { NextRequest } from 'next/server';
import { searchActors } from '@/db/queries/actors';
import { badRequest, respond } from '@/lib/api-response';
import { actorSearchParamsSchema, searchParamsObject } from '@/lib/schemas/requests';

export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const params = actorSearchParamsSchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
    if (!params.success) throw badRequest(params.error);
    return { hits: await searchActors({ query: params.data.q, limit: params.data.limit }) };
  });
}
