import type { NextRequest } from 'next/server';
import { storeView } from '@/db/queries/stored-views';
import { parseViewRequest, respond } from '@/lib/api-response';
import { limitWrite } from '@/db/accounts/limits';
import { clientAddress } from '@/lib/auth/limits';
import { storeViewBodySchema } from '@/lib/schemas/requests';
import { storedViewUrl, viewQueryString } from '@/lib/view-state';
import { readJsonBody } from '@/lib/write-api';
import { guardRead, requireSameOrigin } from '../guard';

/**
 * `POST /api/views` with `{"view": "<link query>"}`: stores a view too long for a link under its short id and
 * answers `{id, url: "/?view=<id>"}`. Whoever may read may store (a link to what one reads writes no record), but
 * it writes to the database, so it is limited like writes, by address.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return respond(async () => {
    requireSameOrigin(request);
    const principal = await guardRead(request);
    await limitWrite(principal, clientAddress(request.headers));
    const { view } = await readJsonBody(request, storeViewBodySchema);
    const canonical = viewQueryString(parseViewRequest(new URLSearchParams(view.replace(/^\?/, ''))));
    const { id } = await storeView(canonical);
    return { id, url: storedViewUrl(id) };
  });
}
