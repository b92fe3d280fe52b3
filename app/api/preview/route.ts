import type { NextRequest } from 'next/server';
import { getGraphOfView } from '@/db/queries/graph';
import { previewImage } from '@/components/preview/previewImage';
import { parseViewRequest, respondWith } from '@/lib/api-response';
import { shownClaims } from '@/lib/picture';
import { guardRead } from '../guard';

/** `GET /api/preview?<view parameters>`: the link-preview picture (PNG, 1200×630) of a live view. */
export async function GET(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    await guardRead(request);
    const view = parseViewRequest(request.nextUrl.searchParams);
    const visible = shownClaims(await getGraphOfView(view), view);
    return previewImage(visible, 'A view of the graph, every tie sourced');
  });
}
