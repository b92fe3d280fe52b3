import type { NextRequest } from 'next/server';
import { deleteSnapshot, getSnapshot } from '@/db/queries/snapshots';
import { parseRequest, respond } from '@/lib/api-response';
import { snapshotIdSchema } from '@/lib/schemas/snapshot';
import { z } from 'zod';
import { guardRead, guardWrite } from '../../guard';

const paramsSchema = z.object({ id: snapshotIdSchema });

/** `GET /api/snapshots/<id>`: the stored picture, exactly as it was taken; 404 once deleted. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return getSnapshot(parseRequest(paramsSchema, await params));
  });
}

/**
 * `DELETE /api/snapshots/<id>`: 200 `{deleted: {id, deletedAt}}`, for the user who took it or an admin (else 403).
 * A snapshot never changes, so unlike records it names no version.
 */
export async function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    const { id } = parseRequest(paramsSchema, await params);
    return { deleted: await deleteSnapshot({ id, principal }) };
  });
}
