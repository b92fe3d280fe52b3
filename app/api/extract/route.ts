import type { NextRequest } from 'next/server';
import { extractFromReport } from '@/db/queries/extract';
import { respond } from '@/lib/api-response';
import { extractRequestSchema } from '@/lib/schemas/extract';
import { readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../guard';

/**
 * `POST /api/extract`: the actors and the proposed claims of a pasted report; writes nothing. It is guarded as a
 * write (same site, rate-limited, signed in; an editor's, checked by the query), since it is the first step of one.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const principal = await guardWrite(request);
    return extractFromReport({ request: await readJsonBody(request, extractRequestSchema), principal });
  });
}
