import type { NextRequest } from 'next/server';
import { getViewGraph } from '@/db/queries/graph';
import { parseRequest, respond } from '@/lib/api-response';
import { searchParamsObject, viewParamsSchema } from '@/lib/schemas/requests';
import { guardRead } from '../guard';

/** `GET /api/view?actors=turkey,hamas`: the graph among those actors, and the ids that name none. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const { actors } = parseRequest(viewParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return getViewGraph({ actorIds: actors });
  });
}
