import 'server-only';
import { z } from 'zod';
import type { Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { requireRole } from '../accounts/authorize';
import type { TieRecord } from '../../lib/records';
import { ENDS_BEFORE_IT_STARTS, rangeEndsBeforeStart } from '../../lib/schemas/date-range';
import type { TieInput, tieUpdateSchema } from '../../lib/schemas/tie';
import { slugify } from '../../lib/slug';
import type { IdempotencyRequest } from '../../lib/write-api';
import { citationReferences, writeCitations } from './citations';
import { countNewClaims } from './degrees';
import { requireReferences } from './records';
import { changeRecord, createRecord, runChange, runWrite, setProperties, type WriteContext } from './write';

/** Creates a tie inside a larger write: on its own (`POST /api/ties`), or with the other claims of an extraction. */
export async function insertTie(context: WriteContext, input: TieInput): Promise<TieRecord> {
  const { subjectId, objectId, citations, ...properties } = input;
  await requireReferences(context.tx, [
    { field: 'subjectId', label: 'Actor', id: subjectId },
    { field: 'objectId', label: 'Actor', id: objectId },
    ...citationReferences(citations, 'citations.'),
  ]);
  // Read like the demo ids: `qatar-mediates-for-hamas`.
  const base = slugify(`${subjectId} ${input.type} ${objectId}`);
  return createRecord(context, 'Tie', { base, properties }, async (id) => {
    await context.tx.run(
      // The ends' ids are kept on the tie too, for views that seek ties by their pair (migration 021).
      `MATCH (r:Tie {id: $id}), (subject:Actor {id: $subjectId}), (object:Actor {id: $objectId})
       SET r.subjectId = subject.id, r.objectId = object.id
       CREATE (r)-[:SUBJECT]->(subject), (r)-[:OBJECT]->(object)`,
      { id, subjectId, objectId },
    );
    await countNewClaims(context.tx, [[subjectId, objectId]]);
    await writeCitations(context, 'Tie', id, citations);
  });
}

/** `POST /api/ties`: the tie, its two ends and all its citations (new sources included) in one transaction. */
export async function createTie({
  input,
  principal,
  idempotency,
}: {
  input: TieInput;
  principal: Principal | null;
  idempotency: IdempotencyRequest | null;
}): Promise<{ body: TieRecord; replayed: boolean }> {
  const writer = requireRole(principal, 'editor');
  return runWrite({ writer, idempotency, input }, (context) => insertTie(context, input));
}

/** `PATCH /api/ties/:id`: its type, dates, confidence and summary; the two ends stay (a new pair is a new claim). */
export async function updateTie({
  id,
  version,
  changes,
  principal,
}: z.infer<typeof tieUpdateSchema> & { id: string; principal: Principal | null }): Promise<TieRecord> {
  return runChange(requireRole(principal, 'editor'), (context) =>
    changeRecord(context, 'Tie', { id, version, changes }, async (before) => {
      const since = changes.since === undefined ? before.ownFields.since : changes.since;
      const until = changes.until === undefined ? before.ownFields.until : changes.until;
      if (rangeEndsBeforeStart(since, until)) {
        throw new AppError('bad_request', 'Some fields are not valid.', [{ field: 'changes.until', message: ENDS_BEFORE_IT_STARTS }]);
      }
      await setProperties(context.tx, 'Tie', id, changes);
    }),
  );
}
