import type { NextRequest } from 'next/server';
import { updateMeeting } from '@/db/commands/meetings';
import { deleteRecord } from '@/db/commands/tombstones';
import { getMeetingDetails } from '@/db/queries/meetings';
import { parseRequest, respond } from '@/lib/api-response';
import { meetingUpdateSchema } from '@/lib/schemas/meeting';
import { meetingIdParamsSchema } from '@/lib/schemas/requests';
import { readDeleteParams, readJsonBody } from '@/lib/write-api';
import { guardRead, guardWrite } from '../../guard';
import { readId, type IdContext } from '../../record-handlers';

/** `GET /api/meetings/:id`: the meeting, its participants and roles, its citations with their sources. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getMeetingDetails(parseRequest(meetingIdParamsSchema, await params));
  });
}

/** `PATCH /api/meetings/:id` `{version, changes}`: 200 `{meeting}` at the next version, or 409 when it changed since. */
export async function PATCH(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const update = await readJsonBody(request, meetingUpdateSchema);
    return { meeting: await updateMeeting({ id, ...update, principal }) };
  });
}

/** `DELETE /api/meetings/:id?version=N`: 200 `{deleted: counts}`. */
export async function DELETE(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const { version } = readDeleteParams(request);
    return { deleted: await deleteRecord({ label: 'Meeting', id, version, principal }) };
  });
}
