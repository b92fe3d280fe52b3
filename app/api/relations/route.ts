import type { NextRequest } from 'next/server';
import { createRelation } from '@/db/commands/relations';
import { respondWith } from '@/lib/api-response';
import { relationInputSchema } from '@/lib/schemas/relation';
import { readIdempotency, readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../guard';
import { created } from '../record-handlers';

/** `POST /api/relations`: 201 `{relation}`, written with all its citations (and new sources) in one transaction. */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const input = await readJsonBody(request, relationInputSchema);
    return created('relation', await createRelation({ input, principal, idempotency: readIdempotency(request) }));
  });
}
