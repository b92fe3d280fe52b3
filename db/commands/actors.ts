import 'server-only';
import type { Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { requireRole } from '../accounts/authorize';
import type { ActorRecord, RecordCounts } from '../../lib/records';
import type { ActorInput } from '../../lib/schemas/authoring';
import { slugify } from '../../lib/slug';
import type { IdempotencyRequest } from '../../lib/write-api';
import { countOf } from './sources';
import { deleteRecord } from './tombstones';
import { createRecord, runWrite } from './write';
import { RESERVED_ACTOR_IDS } from '../../lib/schemas/actor';


/** `POST /api/actors`: the id is a slug of the name (of an alias when the name has no Latin letters). */
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
  const base = [input.name, ...input.aliases].map(slugify).find(Boolean) ?? 'actor';
  return runWrite({ writer, idempotency, input }, (context) =>
    // No ties or meetings yet (db/commands/degrees.ts); a degree also puts it in the overview's index.
    createRecord(context, 'Actor', { base, reserved: RESERVED_ACTOR_IDS, properties: { ...input, degree: 0 } }),
  );
}

/**
 * `DELETE /api/actors/:id`: an actor that still takes part in ties or meetings is only deleted with them
 * (`withClaims`), in the same deletion, so that no claim is left pointing at a deleted actor.
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
}): Promise<RecordCounts> {
  return deleteRecord({ label: 'Actor', id, version, principal }, async ({ tx }) => {
    const result = await tx.run(
      `MATCH (a:Actor {id: $id})
       RETURN COLLECT { MATCH (a)<-[:SUBJECT|OBJECT]-(r:Relation) WHERE r.deletedAt IS NULL RETURN DISTINCT r.id } AS relations,
              COLLECT { MATCH (a)<-[:PARTICIPANT]-(m:Meeting) WHERE m.deletedAt IS NULL RETURN DISTINCT m.id } AS meetings`,
      { id },
    );
    const relations = result.records[0]!.get('relations') as string[];
    const meetings = result.records[0]!.get('meetings') as string[];
    if (!withClaims && relations.length + meetings.length > 0) {
      throw new AppError(
        'conflict',
        `This actor still takes part in ${countOf(relations.length, 'tie')} and ${countOf(meetings.length, 'meeting')}, which ` +
          'would be left dangling. Delete with withClaims=true to delete them too (restoring the actor brings them back).',
        [],
        { dangling: { relations: relations.length, meetings: meetings.length } },
      );
    }
    return [
      { label: 'Relation', ids: relations },
      { label: 'Meeting', ids: meetings },
    ];
  });
}
