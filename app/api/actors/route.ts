import type { NextRequest } from 'next/server';
import { createActor } from '@/db/commands/actors';
import { respondWith } from '@/lib/api-response';
import { actorInputSchema } from '@/lib/schemas/actor';
import { readIdempotency, readJsonBody } from '@/lib/write-api';
import { guardWrite } from '../guard';
import { created } from '../record-handlers';

/** `POST /api/actors`: 201 `{actor}` with its new id; a replayed Idempotency-Key answers 200 with the same actor. */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const principal = await guardWrite(request);
    const input = await readJsonBody(request, actorInputSchema);
    return created('actor', await createActor({ input, principal, idempotency: readIdempotency(request) }));
  });
}
