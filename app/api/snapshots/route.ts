import type { NextRequest } from 'next/server';
import { getViewBundle } from '@/db/queries/export';
import { createSnapshot } from '@/db/queries/snapshots';
import { parseViewRequest, respond } from '@/lib/api-response';
import { snapshotInputSchema } from '@/lib/schemas/snapshot';
import { viewQueryString } from '@/lib/view-state';
import { readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../guard';

/** `POST /api/snapshots`: stores the picture of a view and answers its short link, `/v/<id>`. */
export async function POST(request: NextRequest): Promise<Response> {
  return respond(
    async () => {
      const principal = await guardWrite(request);
      const input = await readJsonBody(request, snapshotInputSchema);
      const view = parseViewRequest(new URLSearchParams(input.view.replace(/^\?/, '')));
      const bundle = await getViewBundle(view, request.nextUrl.origin);
      const snapshot = await createSnapshot({ input, bundle, view: viewQueryString(view), principal });
      return { id: snapshot.id, url: `/v/${snapshot.id}`, createdAt: snapshot.createdAt };
    },
    { status: 201 },
  );
}
