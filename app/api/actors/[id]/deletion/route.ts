import type { NextRequest } from 'next/server';
import { previewActorDeletion } from '@/db/commands/actors';
import { respond } from '@/lib/api-response';
import { guardRead } from '../../../guard';
import { readId, type IdContext } from '../../../record-handlers';

/**
 * `GET /api/actors/:id/deletion`: what deleting the actor would do now — the ties and the meetings left with fewer
 * than two participants that go with it, the meetings it is only removed from — for the first confirmation.
 */
export async function GET(request: NextRequest, context: IdContext): Promise<Response> {
  return respond(async () => {
    await guardRead(request);
    return previewActorDeletion({ id: await readId(context) });
  });
}
