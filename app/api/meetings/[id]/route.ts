import type { NextRequest } from 'next/server';
import { updateMeeting } from '@/db/commands/meetings';
import { deleteRecord } from '@/db/commands/tombstones';
import { getMeetingDetails } from '@/db/queries/meetings';
import { parseRequest, respond } from '@/lib/api-response';
import { meetingUpdateSchema } from '@/lib/schemas/authoring';
import { meetingIdParamsSchema } from '@/lib/schemas/requests';
import { readDeleteParams, readEditor, readJsonBody } from '@/lib/write-api';
import { readId, type IdContext } from '../../record-handlers';

/** `GET /api/meetings/:id`: the meeting, its participants and roles, its citations with their sources. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => getMeetingDetails(parseRequest(meetingIdParamsSchema, await params)));
}

/** `PATCH /api/meetings/:id` `{version, changes}`: 200 `{meeting}` at the next version, or 409 when it changed since. */
export async function PATCH(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const id = await readId(context);
    const update = await readJsonBody(request, meetingUpdateSchema);
    return { meeting: await updateMeeting({ id, ...update, editor: readEditor(request) }) };
  });
}

/** `DELETE /api/meetings/:id?version=N`: 200 `{deleted: counts}`. */
export async function DELETE(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const id = await readId(context);
    const { version } = readDeleteParams(request);
    return { deleted: await deleteRecord({ label: 'Meeting', id, version, editor: readEditor(request) }) };
  });
}
