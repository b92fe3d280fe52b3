import type { NextRequest } from 'next/server';
import { getViewPicture } from '@/db/queries/graph';
import { parseViewRequest, respond } from '@/lib/api-response';
import { viewBodySchema } from '@/lib/schemas/requests';
import { readJsonBody } from '@/lib/write-api';
import { guardRead, requireSameOrigin } from '../guard';

/**
 * `GET /api/view?<a view's link parameters>`: what the canvas draws of that view — its actors, its claims filtered
 * and folded into lines, the meetings drawn as nodes — and the ids that name no actor. Without `a`, the overview.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getViewPicture(parseViewRequest(request.nextUrl.searchParams));
  });
}

/** `POST /api/view` with `{"view": "<link query>"}`: the same, for views whose link is too long for a request line. */
export async function POST(request: NextRequest): Promise<Response> {
  return respond(async () => {
    requireSameOrigin(request);
    await guardRead(request);
    const { view } = await readJsonBody(request, viewBodySchema);
    return getViewPicture(parseViewRequest(new URLSearchParams(view.replace(/^\?/, ''))));
  });
}
