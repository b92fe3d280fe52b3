import type { NextRequest } from 'next/server';
import { deleteActor } from '@/db/commands/actors';
import { updateProperties } from '@/db/commands/write';
import { getActorProfile } from '@/db/queries/actors';
import { parseRequest, respond } from '@/lib/api-response';
import { actorUpdateSchema } from '@/lib/schemas/actor';
import { actorIdParamsSchema } from '@/lib/schemas/requests';
import { readDeleteParams, readJsonBody } from '@/lib/write-api';
import { guardRead, guardWrite } from '../../guard';
import { readId, type IdContext } from '../../record-handlers';

/** `GET /api/actors/:id`: the actor, its ties and its meetings; 404 when there is no such actor. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getActorProfile(parseRequest(actorIdParamsSchema, await params));
  });
}

/** `PATCH /api/actors/:id` `{version, changes}`: 200 `{actor}` at the next version, or 409 when it changed since. */
export async function PATCH(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const { version, changes } = await readJsonBody(request, actorUpdateSchema);
    return { actor: await updateProperties({ label: 'Actor', id, version, changes, principal }) };
  });
}

/**
 * `DELETE /api/actors/:id?version=N[&withClaims=true]`: 200 `{deleted: counts, removedFromMeetings}`; 409 while ties,
 * or meetings left with fewer than two participants, would dangle.
 */
export async function DELETE(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    return deleteActor({ id, ...readDeleteParams(request), principal });
  });
}
