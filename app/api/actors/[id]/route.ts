import type { NextRequest } from 'next/server';
import { getActorProfile } from '@/db/queries/actors';
import { parseRequest, respond } from '@/lib/api-response';
import { actorIdParamsSchema } from '@/lib/schemas/requests';

/** `GET /api/actors/:id`: the actor, its ties and its meetings; 404 when there is no such actor. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => getActorProfile(parseRequest(actorIdParamsSchema, await params)));
}
