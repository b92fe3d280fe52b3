import type { NextRequest } from 'next/server';
import { getNeighbourhood } from '@/db/queries/neighbours';
import { parseRequest, respond } from '@/lib/api-response';
import { actorIdParamsSchema, neighbourhoodParamsSchema, searchParamsObject } from '@/lib/schemas/requests';
import { guardRead } from '../../../guard';

/** `GET /api/actors/:id/neighbours?hops=1|2&connections=MEDIATES_FOR,MEETING&limit=150&readable=0|1`: neighbour ids. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const { id } = parseRequest(actorIdParamsSchema, await params);
    const query = parseRequest(neighbourhoodParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return getNeighbourhood({ actorId: id, hops: query.hops, connections: query.connections ?? null, limit: query.limit, readable: query.readable });
  });
}
