import type { NextRequest } from 'next/server';
import { updateRelation } from '@/db/commands/relations';
import { deleteRecord } from '@/db/commands/tombstones';
import { getRelationDetails } from '@/db/queries/relations';
import { parseRequest, respond } from '@/lib/api-response';
import { relationUpdateSchema } from '@/lib/schemas/relation';
import { relationIdParamsSchema } from '@/lib/schemas/requests';
import { readDeleteParams, readJsonBody } from '@/lib/write-api';
import { guardRead, guardWrite } from '../../guard';
import { readId, type IdContext } from '../../record-handlers';

/** `GET /api/relations/:id`: the tie, its citations with their sources, and the other ties of the same pair. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getRelationDetails(parseRequest(relationIdParamsSchema, await params));
  });
}

/** `PATCH /api/relations/:id` `{version, changes}`: 200 `{relation}` at the next version, or 409 when it changed since. */
export async function PATCH(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const update = await readJsonBody(request, relationUpdateSchema);
    return { relation: await updateRelation({ id, ...update, principal }) };
  });
}

/** `DELETE /api/relations/:id?version=N`: 200 `{deleted: counts}`. */
export async function DELETE(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const { version } = readDeleteParams(request);
    return { deleted: await deleteRecord({ label: 'Relation', id, version, principal }) };
  });
}
