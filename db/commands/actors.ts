import 'server-only';
import type { Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { requireRole } from '../accounts/authorize';
import type { ActorDeletion, ActorDeletionPreview, ActorRecord } from '../../lib/records';
import { slugify } from '../../lib/slug';
import type { IdempotencyRequest } from '../../lib/write-api';
import { readTransaction } from '../driver';
import { lockMeetingsOf, readDeletionConsequences, withdrawFromMeetings } from './participations';
import { readLiveRecord } from './records';
import { countOf } from './sources';
import { deleteRecord } from './tombstones';
import { createRecord, runWrite, type WriteContext } from './write';
import { RESERVED_ACTOR_IDS, type ActorInput } from '../../lib/schemas/actor';

/** Creates an actor inside a larger write: the id is a slug of the name (of an alias when the name has no Latin letters). */
export async function insertActor(context: WriteContext, input: ActorInput): Promise<ActorRecord> {
  const base = [input.name, ...input.aliases].map(slugify).find(Boolean) ?? 'actor';
  // No ties or meetings yet (db/commands/degrees.ts, db/measures/pagerank.ts); a degree and a PageRank also put it in
  // the overview's indexes.
  return createRecord(context, 'Actor', { base, reserved: RESERVED_ACTOR_IDS, properties: { ...input, degree: 0, pagerank: 0 } });
}

/** `POST /api/actors`. */
export async function createActor({
  input,
  principal,
  idempotency,
}: {
  input: ActorInput;
  principal: Principal | null;
  idempotency: IdempotencyRequest | null;
}): Promise<{ body: ActorRecord; replayed: boolean }> {
  const writer = requireRole(principal, 'editor');
  return runWrite({ writer, idempotency, input }, (context) => insertActor(context, input));
}

/**
 * `DELETE /api/actors/:id`: the actor's ties, and the meetings it leaves with fewer than two participants, are
 * only deleted with it (`withClaims`), in the same deletion, so that no claim is left pointing at a deleted actor;
 * from the meetings that keep two or more others it is removed (see ./participations). Restoring it undoes all.
 */
export async function deleteActor({
  id,
  version,
  withClaims,
  principal,
}: {
  id: string;
  version: number;
  withClaims: boolean;
  principal: Principal | null;
}): Promise<ActorDeletion> {
  let removedFromMeetings = 0;
  const deleted = await deleteRecord({ label: 'Actor', id, version, principal }, async (context, _stored, deletionId) => {
    await lockMeetingsOf(context.tx, id);
    const { ties, meetingsDeleted, meetingsLeft } = await readDeletionConsequences(context.tx, id);
    if (!withClaims && ties.length + meetingsDeleted.length > 0) {
      throw new AppError(
        'conflict',
        `This actor still takes part in ${countOf(ties.length, 'tie')} and ${countOf(meetingsDeleted.length, 'meeting')} ` +
          '(left with fewer than two participants without it), which would be left dangling. Delete with withClaims=true to ' +
          'delete them too (restoring the actor brings them back).',
        [],
        { dangling: { ties: ties.length, meetings: meetingsDeleted.length } },
      );
    }
    await withdrawFromMeetings(context, id, meetingsLeft.map((meeting) => meeting.id), deletionId);
    removedFromMeetings = meetingsLeft.length;
    return [
      { label: 'Tie', ids: ties.map((tie) => tie.id) },
      { label: 'Meeting', ids: meetingsDeleted.map((meeting) => meeting.id) },
    ];
  });
  return { deleted, removedFromMeetings };
}

/** `GET /api/actors/:id/deletion`: what deleting the actor would do now; 404 for an unknown or deleted actor. */
export async function previewActorDeletion({ id }: { id: string }): Promise<ActorDeletionPreview> {
  return readTransaction(async (tx) => {
    await readLiveRecord(tx, 'Actor', id);
    return readDeletionConsequences(tx, id);
  });
}
