import type { NextRequest } from 'next/server';
import { listDeleted } from '@/db/queries/deleted';
import { parseRequest, respond } from '@/lib/api-response';
import { deletedParamsSchema, searchParamsObject } from '@/lib/schemas/requests';

/** `GET /api/deleted?kind=actor&limit=200`: tombstoned records, most recently deleted first, for restoring. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => ({
    records: await listDeleted(parseRequest(deletedParamsSchema, searchParamsObject(request.nextUrl.searchParams))),
  }));
}
