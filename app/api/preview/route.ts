import type { NextRequest } from 'next/server';
import { getGraphOfView } from '@/db/queries/graph';
import { getStoredView } from '@/db/queries/stored-views';
import { previewImage } from '@/components/preview/previewImage';
import { parseViewRequest, respondWith } from '@/lib/api-response';
import { AppError } from '@/lib/errors';
import { shownClaims } from '@/lib/picture';
import { VIEW_CLAIM_BUDGET } from '@/lib/view-budget';
import { parseViewLink, STORED_VIEW_PARAM } from '@/lib/view-state';
import { guardRead } from '../guard';

/** `GET /api/preview?<view parameters>`: the link-preview picture (PNG, 1200×630) of a live view. */
export async function GET(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    await guardRead(request);
    const params = request.nextUrl.searchParams;
    // A stored view (`?view=<id>`, the preview of a `/?view=<id>` page) is drawn from its stored query.
    const linked = await parseViewLink(params, getStoredView);
    if (linked.unknownStoredId) throw new AppError('not_found', `No stored view has the id "${params.get(STORED_VIEW_PARAM)?.slice(0, 40)}".`);
    const view = linked.storedId ? linked.state : parseViewRequest(params);
    // The picture the link opens on: within the same claim budget (lib/view-budget.ts).
    const visible = shownClaims(await getGraphOfView(view, { claimBudget: VIEW_CLAIM_BUDGET }), view);
    return previewImage(visible, 'A view of the graph, every tie sourced');
  });
}
