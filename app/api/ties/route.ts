import type { NextRequest } from 'next/server';
import { createTie } from '@/db/commands/ties';
import { respondWith } from '@/lib/api-response';
import { tieInputSchema } from '@/lib/schemas/tie';
import { readIdempotency, readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../guard';
import { created } from '../record-handlers';

/** `POST /api/ties`: 201 `{tie}`, written with all its citations (and new sources) in one transaction. */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const input = await readJsonBody(request, tieInputSchema);
    return created('tie', await createTie({ input, principal, idempotency: readIdempotency(request) }));
  });
}
