import type { NextRequest } from 'next/server';
import { createSource } from '@/db/commands/sources';
import { searchSources } from '@/db/queries/sources';
import { parseRequest, respond, respondWith } from '@/lib/api-response';
import { sourceInputSchema } from '@/lib/schemas/source';
import { searchParamsObject, sourceSearchParamsSchema } from '@/lib/schemas/requests';
import { readIdempotency, readJsonBody } from '@/lib/write-api';
import { guardRead, guardWrite } from '../guard';
import { created } from '../record-handlers';

/** `GET /api/sources?q=anadolu&limit=20`: sources whose title or publisher matches, for the citation picker. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    const { q, limit } = parseRequest(sourceSearchParamsSchema, searchParamsObject(request.nextUrl.searchParams));
    return { sources: await searchSources({ query: q, limit }) };
  });
}

/** `POST /api/sources`: 201 `{source}`. */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const input = await readJsonBody(request, sourceInputSchema);
    return created('source', await createSource({ input, principal, idempotency: readIdempotency(request) }));
  });
}
