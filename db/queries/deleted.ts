import 'server-only';
import { int } from 'neo4j-driver';
import type { DeletedRecord, RecordKind } from '../../lib/records';
import type { Principal } from '../../lib/auth/roles';
import { requireRole } from '../accounts/authorize';
import { readTransaction } from '../driver';

/**
 * Tombstoned records, most recently deleted first, for the deleted-records list: actors by name, the rest by
 * title (a tie by its two actors and type, "Qatar MEDIATES_FOR Hamas").
 */
export async function listDeleted({
  kind,
  limit,
  principal,
}: {
  kind?: RecordKind;
  limit: number;
  principal: Principal | null;
}): Promise<DeletedRecord[]> {
  // Deleted records are for restoring, which only admins may do.
  requireRole(principal, 'admin');
  return readTransaction(async (tx) => {
    const result = await tx.run<{ deleted: DeletedRecord }>(
      `CALL () {
         MATCH (n:Actor) WHERE n.deletedAt IS NOT NULL
         RETURN n {kind: 'actor', .id, .name, .deletedAt, .deletedBy, .deletionId} AS deleted
         UNION
         MATCH (s:Actor)<-[:SUBJECT]-(n:Tie)-[:OBJECT]->(o:Actor) WHERE n.deletedAt IS NOT NULL
         RETURN n {kind: 'tie', .id, title: s.name + ' ' + n.type + ' ' + o.name, .deletedAt, .deletedBy, .deletionId} AS deleted
         UNION
         MATCH (n:Meeting) WHERE n.deletedAt IS NOT NULL
         RETURN n {kind: 'meeting', .id, .title, .deletedAt, .deletedBy, .deletionId} AS deleted
         UNION
         MATCH (n:Source) WHERE n.deletedAt IS NOT NULL
         RETURN n {kind: 'source', .id, .title, .deletedAt, .deletedBy, .deletionId} AS deleted
       }
       WITH deleted WHERE $kind IS NULL OR deleted.kind = $kind
       RETURN deleted ORDER BY deleted.deletedAt DESC, deleted.kind, deleted.id LIMIT $limit`,
      { kind: kind ?? null, limit: int(limit) },
    );
    return result.records.map((record) => {
      const deleted = record.get('deleted');
      // Tombstones made outside the API (tests, scripts) may lack who and which deletion.
      return { ...deleted, deletedBy: deleted.deletedBy ?? 'unknown', deletionId: deleted.deletionId ?? '' };
    });
  });
}
