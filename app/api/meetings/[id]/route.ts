import type { NextRequest } from 'next/server';
import { getMeetingDetails } from '@/db/queries/meetings';
import { parseRequest, respond } from '@/lib/api-response';
import { meetingIdParamsSchema } from '@/lib/schemas/requests';

/** `GET /api/meetings/:id`: the meeting, its participants and roles, its citations with their sources. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => getMeetingDetails(parseRequest(meetingIdParamsSchema, await params)));
}
