import type { NextRequest } from 'next/server';
import { getOverviewGraph } from '@/db/queries/graph';
import { badRequest, respond } from '@/lib/api-response';
import { overviewParamsSchema, searchParamsObject } from '@/lib/schemas/requests';

export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const params = overviewParamsSchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
    if (!params.success) throw badRequest(params.error);
    return getOverviewGraph(params.data);
  });
}
