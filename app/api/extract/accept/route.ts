import type { NextRequest } from 'next/server';
import { recordExtraction } from '@/db/commands/extraction';
import { respondWith } from '@/lib/api-response';
import { acceptExtractionSchema } from '@/lib/schemas/extract';
import { createdResponse, readIdempotency, readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../../guard';

/** `POST /api/extract/accept`: 201 with the source, new actors and claims written from a report's accepted proposals. */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const input = await readJsonBody(request, acceptExtractionSchema);
    return createdResponse(await recordExtraction({ request: input, principal, idempotency: readIdempotency(request) }));
  });
}
