import type { NextRequest } from 'next/server';
import { deleteSource } from '@/db/commands/sources';
import { updateProperties } from '@/db/commands/write';
import { getSourceProfile } from '@/db/queries/sources';
import { respond } from '@/lib/api-response';
import { sourceUpdateSchema } from '@/lib/schemas/source';
import { readDeleteParams, readJsonBody } from '@/lib/write-api';
import { guardRead, guardWrite } from '../../guard';
import { readId, type IdContext } from '../../record-handlers';

/** `GET /api/sources/:id`: the source and every claim it backs, with the quote and credibility. */
export async function GET(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getSourceProfile({ id: await readId(context) });
  });
}

/** `PATCH /api/sources/:id` `{version, changes}`: 200 `{source}` at the next version, or 409 when it changed since. */
export async function PATCH(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const { version, changes } = await readJsonBody(request, sourceUpdateSchema);
    return { source: await updateProperties({ label: 'Source', id, version, changes, principal }) };
  });
}

/** `DELETE /api/sources/:id?version=N`: 200 `{deleted: counts}`; 409 while it backs a tie or meeting. */
export async function DELETE(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const { version } = readDeleteParams(request);
    return { deleted: await deleteSource({ id, version, principal }) };
  });
}
