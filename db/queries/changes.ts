import 'server-only';
import { int, type ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../../lib/auth/roles';
import { changeOf, changesSince, type ChangedRecord, type ChangeMarks, type ChangesSince } from '../../lib/changes';
import type { ViewPicture } from '../../lib/graph';
import { elementRef } from '../../lib/element-refs';
import { TIE_TYPES, type TieType } from '../../lib/taxonomy';
import { requireRole } from '../accounts/authorize';
import { readTransaction } from '../driver';
import { cypherLabel, KIND_OF_LABEL, type Label } from '../commands/records';

/**
 * What changed since a moment, in record time: every `(:Revision)` written since (a form's create, edit, delete
 * or restore), and every record an `(:Import)` since created (an import writes no revision per record). Indexed by
 * 023-changes-since: revisions and imports by time, records by the import that made them.
 */

const CHANGED_LABELS = ['Actor', 'Tie', 'Meeting'] as const satisfies readonly Label[];
type ChangedLabel = (typeof CHANGED_LABELS)[number];

interface ChangedRow {
  label: ChangedLabel;
  id: string;
  actions: string[];
  editors: string[];
  at: string;
}

/** The records changed since `since`, the latest first; `limit` of them read in full, the rest counted. Viewers and up. */
export async function listChanges({ since, limit, principal }: { since: string; limit: number; principal: Principal | null }): Promise<ChangesSince> {
  requireRole(principal, 'viewer');
  const from = changesSince(since);
  return readTransaction(async (tx) => {
    const result = await tx.run<{ total: number; shown: ChangedRow[] }>(
      `CALL () {
         MATCH (r:Revision) WHERE r.at >= $from AND r.entityType IN $labels
         RETURN r.entityType AS label, r.entityId AS id, r.action AS action, r.at AS at, r.editor AS editor
         UNION ALL
         MATCH (i:Import) WHERE i.at >= $from
         CALL (i) {
           MATCH (n:Actor {importId: i.id}) RETURN 'Actor' AS label, n.id AS id
           UNION ALL
           MATCH (n:Tie {importId: i.id}) RETURN 'Tie' AS label, n.id AS id
           UNION ALL
           MATCH (n:Meeting {importId: i.id}) RETURN 'Meeting' AS label, n.id AS id
         }
         RETURN label, id, 'import' AS action, i.at AS at, i.editor AS editor
       }
       WITH label, id, action, at, editor ORDER BY at
       WITH label, id, collect(action) AS actions, collect(editor) AS editors, max(at) AS at
       ORDER BY at DESC, label, id
       WITH collect({label: label, id: id, actions: actions, editors: editors, at: at}) AS changed
       RETURN size(changed) AS total, changed[0..$limit] AS shown`,
      { from, labels: [...CHANGED_LABELS], limit: int(limit) },
    );
    const record = result.records[0];
    const rows = record?.get('shown') ?? [];
    const described = await describeRecords(tx, rows);
    const changes = rows.flatMap((row): ChangedRecord[] => {
      const description = described.get(`${row.label}:${row.id}`);
      if (!description) return [];
      return [
        {
          kind: KIND_OF_LABEL[row.label] as ChangedRecord['kind'],
          id: row.id,
          title: description.title,
          change: changeOf({ actions: row.actions, deletedNow: description.deleted }),
          at: row.at,
          editors: [...new Set(row.editors)],
          actorIds: description.actorIds,
        },
      ];
    });
    return { since, changes, total: record?.get('total') ?? 0 };
  });
}

interface Description {
  title: string;
  deleted: boolean;
  actorIds: string[];
}

/** What each kind is named by, and the actors it is shown with. */
const DESCRIBE: Record<ChangedLabel, string> = {
  Actor: `n.name AS title, [n.id] AS actorIds`,
  Tie: `n.type AS type,
        COLLECT { MATCH (n)-[:SUBJECT]->(a:Actor) RETURN a.name }[0] AS subject,
        COLLECT { MATCH (n)-[:OBJECT]->(a:Actor) RETURN a.name }[0] AS object,
        COLLECT { MATCH (n)-[:SUBJECT|OBJECT]->(a:Actor) RETURN a.id } AS actorIds`,
  Meeting: `n.title AS title, COLLECT { MATCH (n)-[:PARTICIPANT]->(a:Actor) RETURN a.id ORDER BY a.id } AS actorIds`,
};

/** A tie as a sentence, "Qatar mediates for Hamas"; the rest by name or title; deleted ones as their tombstones keep them. */
async function describeRecords(tx: ManagedTransaction, rows: ChangedRow[]): Promise<Map<string, Description>> {
  const described = new Map<string, Description>();
  for (const label of CHANGED_LABELS) {
    const ids = rows.filter((row) => row.label === label).map((row) => row.id);
    if (ids.length === 0) continue;
    const result = await tx.run<{ id: string; deleted: boolean; title?: string; type?: TieType; subject?: string; object?: string; actorIds: string[] }>(
      `MATCH (n:${cypherLabel(label)}) WHERE n.id IN $ids
       RETURN n.id AS id, n.deletedAt IS NOT NULL AS deleted, ${DESCRIBE[label]}`,
      { ids },
    );
    for (const row of result.records.map((record) => record.toObject())) {
      const title = label === 'Tie' ? `${row.subject ?? '?'} ${TIE_TYPES[row.type!]?.verb ?? row.type} ${row.object ?? '?'}` : (row.title ?? row.id);
      described.set(`${label}:${row.id}`, { title, deleted: row.deleted, actorIds: row.actorIds });
    }
  }
  return described;
}

/**
 * What a picture draws that changed since `since`: its actors, its meeting nodes, and each line holding a claim
 * that changed (added when one of them was added). Read for the picture's own records only, by id.
 */
export async function readChangeMarks(picture: Pick<ViewPicture, 'actors' | 'lines' | 'meetings'>, since: string): Promise<ChangeMarks> {
  const from = changesSince(since);
  const ids: Record<ChangedLabel, string[]> = {
    Actor: picture.actors.map((actor) => actor.id),
    Tie: picture.lines.filter((line) => line.kind !== 'met').flatMap((line) => line.claimIds),
    Meeting: [...picture.meetings.map((meeting) => meeting.id), ...picture.lines.filter((line) => line.kind === 'met').flatMap((line) => line.claimIds)],
  };
  const changed = await readTransaction(async (tx) => {
    const byLabel = new Map<ChangedLabel, Map<string, boolean>>();
    for (const label of CHANGED_LABELS) byLabel.set(label, await readChanged(tx, label, ids[label], from));
    return byLabel;
  });
  const marks: ChangeMarks = {};
  const mark = (ref: string, added: boolean) => {
    if (added || !marks[ref]) marks[ref] = added ? 'added' : 'edited';
  };
  for (const [id, added] of changed.get('Actor')!) mark(elementRef.actor(id), added);
  for (const meeting of picture.meetings) {
    const added = changed.get('Meeting')!.get(meeting.id);
    if (added !== undefined) mark(elementRef.meeting(meeting.id), added);
  }
  for (const line of picture.lines) {
    const claims = changed.get(line.kind === 'met' ? 'Meeting' : 'Tie')!;
    for (const claimId of line.claimIds) {
      const added = claims.get(claimId);
      if (added !== undefined) mark(line.id, added);
    }
  }
  return marks;
}

/** The ids of these records changed since `from`, each with whether it was added since (by a form or an import). */
async function readChanged(tx: ManagedTransaction, label: ChangedLabel, ids: string[], from: string): Promise<Map<string, boolean>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run<{ id: string; added: boolean }>(
    `UNWIND $ids AS id
     MATCH (n:${cypherLabel(label)} {id: id})
     WITH n, COLLECT { MATCH (r:Revision)-[:OF]->(n) WHERE r.at >= $from RETURN r.action } AS actions,
          EXISTS { MATCH (i:Import {id: n.importId}) WHERE i.at >= $from } AS imported
     WHERE imported OR size(actions) > 0
     RETURN n.id AS id, imported OR 'create' IN actions AS added`,
    { ids, from },
  );
  return new Map(result.records.map((record) => [record.get('id'), record.get('added')]));
}
