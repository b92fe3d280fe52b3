import type { NextRequest } from 'next/server';
import { addCitation } from '@/db/commands/citations';
import { respondWith } from '@/lib/api-response';
import { citationInputSchema } from '@/lib/schemas/citation';
import { readIdempotency, readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../../../guard';
import { created, readId, type IdContext } from '../../../record-handlers';

/** `POST /api/ties/:id/citations`: 201 `{tie}` with one more citation (a new source may come inline). */
export async function POST(request: NextRequest, context: IdContext): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const id = await readId(context);
    const citation = await readJsonBody(request, citationInputSchema);
    const result = await addCitation({ label: 'Tie', id, citation, principal, idempotency: readIdempotency(request) });
    return created('tie', result);
  });
}
