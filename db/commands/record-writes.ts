import { int, type Integer, type ManagedTransaction } from 'neo4j-driver';
import type { CitationRecord, RevisionAction } from '../../lib/records';

/**
 * The writes every write path shares (a command, an import, the demo seed): the labels records have, citations
 * and revisions. Free of `server-only`, like ./degrees, so that the demo seed, which tsx and Playwright's setup run
 * outside Next, writes through them too.
 */

export const LABELS = ['Actor', 'Tie', 'Meeting', 'Source'] as const;
export type Label = (typeof LABELS)[number];
export type ClaimLabel = 'Tie' | 'Meeting';

/** Guards the one place labels enter Cypher text: a label outside the list is a bug, never a query. */
export function cypherLabel(label: Label): Label {
  if (!LABELS.includes(label)) throw new Error(`Not a record label: ${String(label)}`);
  return label;
}

/**
 * The one Cypher that writes citations, for every write path (a command, an import, the demo seed): the body of
 * `CALL (claim, citations) { … }`, where `citations` are rows made by `citationRows`.
 */
export const CREATE_CITATIONS = `UNWIND citations AS citation
  MATCH (source:Source {id: citation.sourceId})
  CREATE (claim)-[:CITES {quote: citation.quote, credibility: citation.credibility}]->(source)`;

/** Citations as `CREATE_CITATIONS` takes them: the grade stored as an integer, as Neo4j's own integers compare. */
export function citationRows(citations: CitationRecord[]): (Omit<CitationRecord, 'credibility'> & { credibility: Integer })[] {
  return citations.map((citation) => ({ ...citation, credibility: int(citation.credibility) }));
}

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

/**
 * History: every create, update, delete and restore leaves a `(:Revision)-[:OF]->(record)` in the transaction
 * that made the change, with the record's own fields before and after as JSON (null where there are none). An
 * import is recorded once for all it creates instead (db/bulk/chunks `recordImport`).
 */
export async function writeRevisions(tx: ManagedTransaction, label: Label, entries: RevisionEntry[], change: Change): Promise<void> {
  if (entries.length === 0) return;
  await tx.run(
    `UNWIND $entries AS entry
     MATCH (n:${cypherLabel(label)} {id: entry.id})
     CREATE (:Revision {id: randomUUID(), at: $at, editor: $editor, editorId: $editorId, action: entry.action, entityType: $label,
                        entityId: entry.id, version: n.version, before: entry.before, after: entry.after})-[:OF]->(n)`,
    {
      entries: entries.map(({ id, action, before, after }) => ({ id, action, before: before && JSON.stringify(before), after: after && JSON.stringify(after) })),
      label,
      editor: change.editor,
      editorId: change.editorId,
      at: change.at,
    },
  );
}
