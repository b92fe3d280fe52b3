import type { NextRequest } from 'next/server';
import { getExpandPreview } from '@/db/queries/neighbours';
import { parseRequest, respond } from '@/lib/api-response';
import { actorIdParamsSchema, expandPreviewParamsSchema, searchParamsObject } from '@/lib/schemas/requests';
import { guardRead } from '../../../../guard';

/** `GET /api/actors/:id/neighbours/preview?hops=1|2`: how many actors expanding would add, by kind of step. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const { id } = parseRequest(actorIdParamsSchema, await params);
    const { hops } = parseRequest(expandPreviewParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return getExpandPreview({ actorId: id, hops });
  });
}
