import type { NextRequest } from 'next/server';
import { LABEL_OF_KIND } from '@/db/commands/records';
import { readHistory } from '@/db/commands/revisions';
import { restoreRecord } from '@/db/commands/tombstones';
import { jsonResponse, parseRequest, respond, respondWith } from '@/lib/api-response';
import type { RecordKind } from '@/lib/records';
import { actorIdParamsSchema } from '@/lib/schemas/requests';
import { principalOf } from '@/db/accounts/request';
import { REPLAY_HEADER, createdResponse, readIdempotency } from '@/lib/write-api';
import { guardWrite } from './guard';

/** What Next passes a route under `[id]`. */
export interface IdContext {
  params: Promise<{ id: string }>;
}

/** The `[id]` of the path, checked like every id. */
export async function readId({ params }: IdContext): Promise<string> {
  return parseRequest(actorIdParamsSchema, await params).id;
}

/** `POST /api/<kind>/:id/restore`, the same for every kind of record. */
export function restoreHandler(kind: RecordKind) {
  return async (request: NextRequest, context: IdContext): Promise<Response> =>
    respondWith(async () => {
      const principal = await guardWrite(request);
      const id = await readId(context);
      const result = await restoreRecord({ label: LABEL_OF_KIND[kind], id, principal, idempotency: readIdempotency(request) });
      return jsonResponse({ restored: result.body }, result.replayed ? { headers: { [REPLAY_HEADER]: 'true' } } : undefined);
    });
}

/** `GET /api/<kind>/:id/history`, the same for every kind of record; admins only. */
export function historyHandler(kind: RecordKind) {
  return async (request: NextRequest, context: IdContext): Promise<Response> =>
    respond(async () => {
      const principal = await principalOf(request);
      return { revisions: await readHistory({ label: LABEL_OF_KIND[kind], id: await readId(context), principal }) };
    });
}

/** Answers a create: 201, or 200 with `Idempotent-Replay: true` for a replay; the record under its kind's key. */
export function created<T>(key: string, result: { body: T; replayed: boolean }): Response {
  return createdResponse({ body: { [key]: result.body }, replayed: result.replayed });
}
