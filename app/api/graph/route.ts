import type { NextRequest } from 'next/server';
import { getOverviewGraph } from '@/db/queries/graph';
import { parseRequest, respond } from '@/lib/api-response';
import { overviewParamsSchema, searchParamsObject } from '@/lib/schemas/requests';
import { guardRead } from '../guard';

export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const params = parseRequest(overviewParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return getOverviewGraph(params);
  });
}
