import type { NextRequest } from 'next/server';
import { getLineClaims } from '@/db/queries/graph';
import { parseRequest, parseViewRequest, respond } from '@/lib/api-response';
import { lineBodySchema, lineParamsSchema } from '@/lib/schemas/requests';
import { readJsonBody } from '@/lib/write-api';
import { guardRead, requireSameOrigin } from '../guard';

/**
 * `GET /api/lines?line=<ref>&page=<n>&<the view's link parameters>`: one line the view draws and a page of the
 * claims it holds, newest first, with their quotes.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const params = request.nextUrl.searchParams;
    const { line, page } = parseRequest(lineParamsSchema, { line: params.get('line') ?? undefined, page: params.get('page') ?? undefined });
    return getLineClaims({ view: parseViewRequest(params), line, page });
  });
}

/** `POST /api/lines` with `{"view", "line", "page"}`: the same, for views whose link is too long for a request line. */
export async function POST(request: NextRequest): Promise<Response> {
  return respond(async () => {
    requireSameOrigin(request);
    await guardRead(request);
    const { view, line, page } = await readJsonBody(request, lineBodySchema);
    return getLineClaims({ view: parseViewRequest(new URLSearchParams(view.replace(/^\?/, ''))), line, page });
  });
}
