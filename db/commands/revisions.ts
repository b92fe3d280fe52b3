import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Revision, RevisionAction } from '../../lib/records';
import type { Principal } from '../../lib/auth/roles';
import { requireRole } from '../accounts/authorize';
import { readTransaction } from '../driver';
import { cypherLabel, notFound, type Label } from './records';

/**
 * History: every create, update, delete and restore leaves a `(:Revision)-[:OF]->(record)` in the transaction
 * that made the change, with the record's own fields before and after as JSON (null where there are none).
 */

export interface RevisionEntry {
  id: string;
  action: RevisionAction;
  before: object | null;
  after: object | null;
}

/** Who and when: the same for every revision a request writes. */
export interface Change {
  /** The user's display name as it was at the time, shown in history. */
  editor: string;
  /** The user's id; null on revisions written before accounts (and by the demo seed). */
  editorId: string | null;
  at: string;
}

/** A change is a new version: edits made on an older one are refused (see `lockForChange`). */
export async function bumpVersions(tx: ManagedTransaction, label: Label, ids: string[], { at }: Change): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${cypherLabel(label)} {id: id})
     SET n.version = coalesce(n.version, 1) + 1, n.updatedAt = $at`,
    { ids, at },
  );
}

export async function writeRevisions(tx: ManagedTransaction, label: Label, entries: RevisionEntry[], { editor, editorId, at }: Change): Promise<void> {
  if (entries.length === 0) return;
  await tx.run(
    `UNWIND $entries AS entry
     MATCH (n:${cypherLabel(label)} {id: entry.id})
     CREATE (:Revision {id: randomUUID(), at: $at, editor: $editor, editorId: $editorId, action: entry.action, entityType: $label,
                        entityId: entry.id, version: n.version, before: entry.before, after: entry.after})-[:OF]->(n)`,
    {
      entries: entries.map((entry) => ({
        id: entry.id,
        action: entry.action,
        before: entry.before && JSON.stringify(entry.before),
        after: entry.after && JSON.stringify(entry.after),
      })),
      label,
      editor,
      editorId,
      at,
    },
  );
}

/** A revision as stored: its snapshots are JSON text. */
type StoredRevision = Omit<Revision, 'before' | 'after'> & { before: string | null; after: string | null };

/** A record's revisions, newest first; deleted records keep theirs. 404 when no record ever had this id. Admins only. */
export async function readHistory({ label, id, principal }: { label: Label; id: string; principal: Principal | null }): Promise<Revision[]> {
  requireRole(principal, 'admin');
  return readTransaction(async (tx) => {
    const result = await tx.run<{ revisions: StoredRevision[] }>(
      `MATCH (n:${cypherLabel(label)} {id: $id})
       RETURN COLLECT { MATCH (r:Revision)-[:OF]->(n)
                        RETURN r {.id, .at, .editor, editorId: r.editorId, .action, .before, .after}
                        ORDER BY r.at DESC, coalesce(r.version, 0) DESC } AS revisions`,
      { id },
    );
    const record = result.records[0];
    if (!record) throw notFound(label, id);
    return record.get('revisions').map((revision) => ({
      ...revision,
      before: revision.before === null ? null : (JSON.parse(revision.before) as Record<string, unknown>),
      after: revision.after === null ? null : (JSON.parse(revision.after) as Record<string, unknown>),
    }));
  });
}
