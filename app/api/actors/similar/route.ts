import type { NextRequest } from 'next/server';
import { findSimilarActors } from '@/db/queries/actors';
import { parseRequest, respond } from '@/lib/api-response';
import { searchParamsObject, similarActorsParamsSchema } from '@/lib/schemas/requests';
import { guardRead } from '../../guard';

/** `GET /api/actors/similar?name=Haniye&aliases=a,b`: existing actors that may be the one about to be created. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return { candidates: await findSimilarActors(parseRequest(similarActorsParamsSchema, searchParamsObject(request.nextUrl.searchParams))) };
  });
}
