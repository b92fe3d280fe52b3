import type { z } from 'zod';
import type { ActorRecord, MeetingRecord, SourceRecord, TieRecord } from '../records';
import type { AcceptExtractionRequest, ActorReferenceInput } from '../schemas/extract';
import type { meetingInputSchema } from '../schemas/meeting';
import type { tieInputSchema } from '../schemas/tie';
import { firstFreeId } from '../slug';

/**
 * The claims an analyst accepted from a report, as the forms would send each of them (`POST /api/ties`,
 * `POST /api/meetings`): so that accepting checks and writes them exactly as the forms do, each citing the source
 * with its quote.
 */

export type AcceptedInput =
  | { kind: 'tie'; input: z.input<typeof tieInputSchema> }
  | { kind: 'meeting'; input: z.input<typeof meetingInputSchema> };

/** The request's claims with each actor named by id: `ids` gives the id of each new actor's key. */
export function claimInputs(request: Pick<AcceptExtractionRequest, 'claims'>, ids: ReadonlyMap<string, string>, sourceId: string): AcceptedInput[] {
  const idOf = (reference: ActorReferenceInput) => ('id' in reference ? reference.id : (ids.get(reference.new) ?? ''));
  return request.claims.map((claim) => {
    const citations = [{ source: { id: sourceId }, quote: claim.quote, credibility: claim.credibility }];
    if (claim.kind === 'tie') {
      const { subject, object, kind, quote, credibility, ...fields } = claim;
      return { kind, input: { ...fields, subjectId: idOf(subject), objectId: idOf(object), citations } };
    }
    const { meetingKind, participants, kind, quote, credibility, ...fields } = claim;
    return {
      kind,
      input: { ...fields, kind: meetingKind, participants: participants.map(({ actor, role }) => ({ actorId: idOf(actor), role })), citations },
    };
  });
}

/** Ids for the new actors while their claims are checked, none of them an id the request names. */
export function placeholderIds(request: Pick<AcceptExtractionRequest, 'claims' | 'newActors'>): Map<string, string> {
  const named = new Set(
    request.claims.flatMap((claim) =>
      (claim.kind === 'tie' ? [claim.subject, claim.object] : claim.participants.map((participant) => participant.actor)).flatMap((reference) =>
        'id' in reference ? [reference.id] : [],
      ),
    ),
  );
  const ids = new Map<string, string>();
  request.newActors.forEach((actor, index) => {
    const id = firstFreeId(`new-actor-${index + 1}`, named);
    named.add(id);
    ids.set(actor.key, id);
  });
  return ids;
}

/** What accepting claims from a report wrote (`POST /api/extract/accept`): the source, the new actors by key, the claims in the order sent. */
export interface RecordedExtraction {
  source: SourceRecord;
  /** Whether this acceptance made the source, or cited one already recorded. */
  sourceCreated: boolean;
  actors: { key: string; actor: ActorRecord }[];
  ties: TieRecord[];
  meetings: MeetingRecord[];
}
