import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Revision } from '../../lib/records';
import type { Principal } from '../../lib/auth/roles';
import { requireRole } from '../accounts/authorize';
import { readTransaction } from '../driver';
import { IMPORT_PROVENANCE } from '../bulk/chunks';
import { cypherLabel, notFound, readStoredRecord, type Label } from './records';
import type { Change } from './record-writes';

/** Versions, and the history that ./record-writes' `writeRevisions` keeps. */

/** A change is a new version: edits made on an older one are refused (see `lockForChange`). */
export async function bumpVersions(tx: ManagedTransaction, label: Label, ids: string[], { at }: Change): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${cypherLabel(label)} {id: id})
     SET n.version = coalesce(n.version, 1) + 1, n.updatedAt = $at`,
    { ids, at },
  );
}

/** A revision as stored: its before and after are JSON text. */
type StoredRevision = Omit<Revision, 'before' | 'after'> & { before: string | null; after: string | null };

/**
 * A record's revisions, newest first; deleted records keep theirs. 404 when no record ever had this id. Admins only.
 * A record an import created has no revision of its own for it: its import (db/bulk/chunks `recordImport`) is shown
 * as its first revision, with the fields it was created with, which are the record's fields now with every later
 * revision's `before` put back, newest first.
 */
export async function readHistory({ label, id, principal }: { label: Label; id: string; principal: Principal | null }): Promise<Revision[]> {
  requireRole(principal, 'admin');
  return readTransaction(async (tx) => {
    const result = await tx.run<{ revisions: StoredRevision[]; imported: Omit<Revision, 'action' | 'before' | 'after'> | null; provenance: Record<string, unknown> }>(
      `MATCH (n:${cypherLabel(label)} {id: $id})
       RETURN COLLECT { MATCH (r:Revision)-[:OF]->(n)
                        RETURN r {.id, .at, .editor, editorId: r.editorId, .action, .before, .after}
                        ORDER BY r.at DESC, coalesce(r.version, 0) DESC } AS revisions,
              COLLECT { MATCH (i:Import {id: n.importId}) RETURN i {.id, .at, .editor, editorId: i.editorId} }[0] AS imported,
              n {${IMPORT_PROVENANCE.map((field) => `.${field}`).join(', ')}} AS provenance`,
      { id },
    );
    const record = result.records[0];
    if (!record) throw notFound(label, id);
    const revisions: Revision[] = record.get('revisions').map((revision) => ({
      ...revision,
      before: revision.before === null ? null : (JSON.parse(revision.before) as Record<string, unknown>),
      after: revision.after === null ? null : (JSON.parse(revision.after) as Record<string, unknown>),
    }));
    const imported = record.get('imported');
    if (!imported) return revisions;
    const now = await readStoredRecord(tx, label, id);
    const asImported = revisions.reduce<Record<string, unknown>>(
      (fields, revision) => ({ ...fields, ...revision.before }),
      { ...withoutNulls(record.get('provenance')), ...now?.ownFields },
    );
    return [...revisions, { ...imported, action: 'import', before: null, after: asImported }];
  });
}

function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}
