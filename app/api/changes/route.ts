import type { NextRequest } from 'next/server';
import { principalOf } from '@/db/accounts/request';
import { listChanges } from '@/db/queries/changes';
import { parseRequest, respond } from '@/lib/api-response';
import { changesParamsSchema } from '@/lib/changes';
import { searchParamsObject } from '@/lib/schemas/requests';
import { guardRead } from '../guard';

/**
 * `GET /api/changes?since=2024-07-01&limit=50`: the actors, ties and meetings added, edited or deleted since that
 * day or moment, the latest first, each with who did it; `total` counts those the limit left out. Signed-in users.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const { since, limit } = parseRequest(changesParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return listChanges({ since, limit, principal: await principalOf(request) });
  });
}
