import type { NextRequest } from 'next/server';
import { getRelationDetails } from '@/db/queries/relations';
import { parseRequest, respond } from '@/lib/api-response';
import { relationIdParamsSchema } from '@/lib/schemas/requests';

/** `GET /api/relations/:id`: the tie, its citations with their sources, and the other ties of the same pair. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => getRelationDetails(parseRequest(relationIdParamsSchema, await params)));
}
