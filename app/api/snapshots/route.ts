import type { NextRequest } from 'next/server';
import { getViewBundle } from '@/db/queries/export';
import { createSnapshot, listSnapshotsOf } from '@/db/queries/snapshots';
import { parseViewRequest, respond } from '@/lib/api-response';
import { snapshotInputSchema } from '@/lib/schemas/snapshot';
import { viewQueryString } from '@/lib/view-state';
import { readJsonBody } from '@/lib/write-api';
import { principalOf } from '@/db/accounts/request';
import { guardWrite } from '../guard';

/** `GET /api/snapshots`: the snapshots the signed-in user keeps, newest first, and how many they may keep. */
export async function GET(request: NextRequest): Promise<Response> {
  // Whoever asks sees only their own; signed out, 401.
  return respond(async () => listSnapshotsOf(await principalOf(request)));
}

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
