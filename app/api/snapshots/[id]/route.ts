import type { NextRequest } from 'next/server';
import { getSnapshot } from '@/db/queries/snapshots';
import { parseRequest, respond } from '@/lib/api-response';
import { snapshotIdSchema } from '@/lib/schemas/snapshot';
import { z } from 'zod';

const paramsSchema = z.object({ id: snapshotIdSchema });

/** `GET /api/snapshots/<id>`: the stored picture, exactly as it was taken. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => getSnapshot(parseRequest(paramsSchema, await params)));
}
