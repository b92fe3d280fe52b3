import type { NextRequest } from 'next/server';
import { getMeetingTimeline } from '@/db/queries/meetings';
import { parseRequest, respond } from '@/lib/api-response';
import { meetingsParamsSchema, searchParamsObject } from '@/lib/schemas/requests';

/** `GET /api/meetings?participant=mit&from=2024-07&to=2024-07-31&limit=500`: the meetings timeline. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () =>
    getMeetingTimeline(parseRequest(meetingsParamsSchema, searchParamsObject(request.nextUrl.searchParams))),
  );
}
