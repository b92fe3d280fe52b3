import type { NextRequest } from 'next/server';
import { updateTie } from '@/db/commands/ties';
import { deleteRecord } from '@/db/commands/tombstones';
import { getTieDetails } from '@/db/queries/ties';
import { parseRequest, respond } from '@/lib/api-response';
import { tieUpdateSchema } from '@/lib/schemas/tie';
import { tieIdParamsSchema } from '@/lib/schemas/requests';
import { readDeleteParams, readJsonBody } from '@/lib/write-api';
import { guardRead, guardWrite } from '../../guard';
import { readId, type IdContext } from '../../record-handlers';

/** `GET /api/ties/:id`: the tie, its citations with their sources, and the other ties of the same pair. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getTieDetails(parseRequest(tieIdParamsSchema, await params));
  });
}

/** `PATCH /api/ties/:id` `{version, changes}`: 200 `{tie}` at the next version, or 409 when it changed since. */
export async function PATCH(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const update = await readJsonBody(request, tieUpdateSchema);
    return { tie: await updateTie({ id, ...update, principal }) };
  });
}

/** `DELETE /api/ties/:id?version=N`: 200 `{deleted: counts}`. */
export async function DELETE(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const { version } = readDeleteParams(request);
    return { deleted: await deleteRecord({ label: 'Tie', id, version, principal }) };
  });
}
