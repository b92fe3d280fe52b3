import type { NextRequest } from 'next/server';
import { getGraphOfView } from '@/db/queries/export';
import { previewImage } from '@/components/preview/previewImage';
import { parseViewRequest, respondWith } from '@/lib/api-response';
import { applyFilters } from '@/lib/filters';
import { guardRead } from '../guard';

/** `GET /api/preview?<view parameters>`: the link-preview picture (PNG, 1200×630) of a live view. */
export async function GET(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    await guardRead(request);
    const view = parseViewRequest(request.nextUrl.searchParams);
    const { visible } = applyFilters(await getGraphOfView(view), view.filters, view.hidden);
    return previewImage(visible, 'A view of the graph, every tie sourced');
  });
}
