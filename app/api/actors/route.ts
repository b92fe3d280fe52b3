import type { NextRequest } from 'next/server';
import { createActor } from '@/db/commands/actors';
import { respondWith } from '@/lib/api-response';
import { actorInputSchema } from '@/lib/schemas/authoring';
import { readEditor, readIdempotency, readJsonBody } from '@/lib/write-api';
import { created } from '../record-handlers';

/** `POST /api/actors`: 201 `{actor}` with its new id; a replayed Idempotency-Key answers 200 with the same actor. */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    const input = await readJsonBody(request, actorInputSchema);
    return created('actor', await createActor({ input, editor: readEditor(request), idempotency: readIdempotency(request) }));
  });
}
