import 'server-only';
import type { Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { requireRole } from '../accounts/authorize';
import type { RecordCounts, SourceRecord } from '../../lib/records';
import type { SourceInput } from '../../lib/schemas/source';
import { slugify } from '../../lib/slug';
import type { IdempotencyRequest } from '../../lib/write-api';
import { deleteRecord } from './tombstones';
import { createRecord, runWrite, type WriteContext } from './write';

/** Creates a source inside a larger write: on its own, or inline with the citation of a new claim. */
export async function insertSource(context: WriteContext, input: SourceInput): Promise<SourceRecord> {
  return createRecord(context, 'Source', { base: slugify(input.title) || 'source', properties: input });
}

/** `POST /api/sources`. */
export async function createSource({
  input,
  principal,
  idempotency,
}: {
  input: SourceInput;
  principal: Principal | null;
  idempotency: IdempotencyRequest | null;
}): Promise<{ body: SourceRecord; replayed: boolean }> {
  return runWrite({ writer: requireRole(principal, 'editor'), idempotency, input }, (context) => insertSource(context, input));
}

/** `DELETE /api/sources/:id`: refused while it backs a tie or meeting, since a claim must never lose a citation silently. */
export async function deleteSource({ id, version, principal }: { id: string; version: number; principal: Principal | null }): Promise<RecordCounts> {
  return deleteRecord({ label: 'Source', id, version, principal }, async ({ tx }) => {
    const result = await tx.run<{ ties: number; meetings: number }>(
      `MATCH (s:Source {id: $id})
       RETURN COUNT { MATCH (r:Tie)-[:CITES]->(s) WHERE r.deletedAt IS NULL RETURN DISTINCT r } AS ties,
              COUNT { MATCH (m:Meeting)-[:CITES]->(s) WHERE m.deletedAt IS NULL RETURN DISTINCT m } AS meetings`,
      { id },
    );
    const { ties, meetings } = result.records[0]!.toObject();
    if (ties + meetings > 0) {
      throw new AppError(
        'conflict',
        `This source backs ${countOf(ties, 'tie')} and ${countOf(meetings, 'meeting')}; deleting it would take their ` +
          'citations away. Delete those claims first, or keep the source.',
        [],
        { backs: { ties, meetings } },
      );
    }
    return [];
  });
}

export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
