import type { NextRequest } from 'next/server';
import { getSnapshot } from '@/db/queries/snapshots';
import { parseRequest, respond } from '@/lib/api-response';
import { snapshotIdSchema } from '@/lib/schemas/snapshot';
import { z } from 'zod';
import { guardRead } from '../../guard';

const paramsSchema = z.object({ id: snapshotIdSchema });

/** `GET /api/snapshots/<id>`: the stored picture, exactly as it was taken. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getSnapshot(parseRequest(paramsSchema, await params));
  });
}
