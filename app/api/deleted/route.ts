import type { NextRequest } from 'next/server';
import { principalOf } from '@/db/accounts/request';
import { listDeleted } from '@/db/queries/deleted';
import { parseRequest, respond } from '@/lib/api-response';
import { deletedParamsSchema, searchParamsObject } from '@/lib/schemas/requests';

/** `GET /api/deleted?kind=actor&limit=200`: tombstoned records, most recently deleted first, for restoring; admins only. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const principal = await principalOf(request);
    const query = parseRequest(deletedParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return { records: await listDeleted({ ...query, principal }) };
  });
}
