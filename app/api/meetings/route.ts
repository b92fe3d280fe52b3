import type { NextRequest } from 'next/server';
import { createMeeting } from '@/db/commands/meetings';
import { getMeetingTimeline } from '@/db/queries/meetings';
import { parseRequest, respond, respondWith } from '@/lib/api-response';
import { meetingInputSchema } from '@/lib/schemas/meeting';
import { meetingsParamsSchema, searchParamsObject } from '@/lib/schemas/requests';
import { readIdempotency, readJsonBody } from '@/lib/write-api';
import { guardRead, guardWrite } from '../guard';
import { created } from '../record-handlers';

/** `GET /api/meetings?participant=mit&from=2024-07&to=2024-07-31&limit=500`: the meetings timeline. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getMeetingTimeline(parseRequest(meetingsParamsSchema, searchParamsObject(request.nextUrl.searchParams)));
  });
}

/** `POST /api/meetings`: 201 `{meeting}`, written with its participants and all its citations in one transaction. */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const input = await readJsonBody(request, meetingInputSchema);
    return created('meeting', await createMeeting({ input, principal, idempotency: readIdempotency(request) }));
  });
}
