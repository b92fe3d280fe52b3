import 'server-only';
import type { Principal } from '../../lib/auth/roles';
import { claimInputs, type RecordedExtraction } from '../../lib/extract/acceptance';
import type { MeetingRecord, TieRecord } from '../../lib/records';
import { actorInputSchema } from '../../lib/schemas/actor';
import type { AcceptExtractionRequest } from '../../lib/schemas/extract';
import { meetingInputSchema } from '../../lib/schemas/meeting';
import { tieInputSchema } from '../../lib/schemas/tie';
import type { IdempotencyRequest } from '../../lib/write-api';
import { requireRole } from '../accounts/authorize';
import { insertActor } from './actors';
import { insertMeeting } from './meetings';
import { readLiveRecord, requireReferences, type Reference } from './records';
import { insertSource } from './sources';
import { insertTie } from './ties';
import { runWrite } from './write';

/**
 * `POST /api/extract/accept`: in one transaction, the source (once, unless an earlier acceptance made it), the new
 * actors (each once, however many claims name it) and every accepted claim with its citation, each written by
 * the command its form uses, with its revision. With an `Idempotency-Key`, a retry writes nothing again.
 */
export async function recordExtraction({
  request,
  principal,
  idempotency,
}: {
  request: AcceptExtractionRequest;
  principal: Principal | null;
  idempotency: IdempotencyRequest | null;
}): Promise<{ body: RecordedExtraction; replayed: boolean }> {
  const writer = requireRole(principal, 'editor');
  return runWrite({ writer, idempotency, input: request }, async (context) => {
    await requireReferences(context.tx, referencesOf(request));
    const source = 'id' in request.source ? await readLiveRecord(context.tx, 'Source', request.source.id) : await insertSource(context, request.source.new);
    const actors: RecordedExtraction['actors'] = [];
    for (const { key, ...fields } of request.newActors) actors.push({ key, actor: await insertActor(context, actorInputSchema.parse(fields)) });
    const ids = new Map(actors.map(({ key, actor }) => [key, actor.id]));
    const ties: TieRecord[] = [];
    const meetings: MeetingRecord[] = [];
    for (const claim of claimInputs(request, ids, source.id)) {
      if (claim.kind === 'tie') ties.push(await insertTie(context, tieInputSchema.parse(claim.input)));
      else meetings.push(await insertMeeting(context, meetingInputSchema.parse(claim.input)));
    }
    return { source, sourceCreated: !('id' in request.source), actors, ties, meetings };
  });
}

/** The recorded actors and the source the request names, by the request's own fields. */
function referencesOf(request: AcceptExtractionRequest): Reference[] {
  const references: Reference[] = 'id' in request.source ? [{ field: 'source.id', label: 'Source', id: request.source.id }] : [];
  request.claims.forEach((claim, index) => {
    const named =
      claim.kind === 'tie'
        ? [
            { field: 'subject', reference: claim.subject },
            { field: 'object', reference: claim.object },
          ]
        : claim.participants.map((participant, at) => ({ field: `participants.${at}.actor`, reference: participant.actor }));
    for (const { field, reference } of named) {
      if ('id' in reference) references.push({ field: `claims.${index}.${field}.id`, label: 'Actor', id: reference.id });
    }
  });
  return references;
}
