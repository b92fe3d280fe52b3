import type { ImportCitation, ImportMeeting, ImportTie, RecordKey, RowError } from '../../lib/import/types';
import { slugify } from '../../lib/slug';
import { CREATE_CITATIONS, citationRows } from '../commands/record-writes';
import { cypherLabel, writeRevisions, type ClaimLabel } from '../commands/record-writes';
import { readStoredRecords } from '../commands/records';
import { IMPORT_PROVENANCE, allocateIds, compareText, createdProperties, propertyRow, recordImport, type ChunkContext } from './chunks';
import { emptyDecisions, type ChunkDecisions, type ImportPlan } from './plan';

/**
 * Ties and meetings of one chunk. A claim is matched by the id the file gives or by its event key (the key of the
 * event its codings describe, lib/import/reciprocal), or by the key of one of its codings (`icews:<Event ID>`,
 * `gdelt:<GLOBALEVENTID>`, as claims imported before reciprocal codings were merged are keyed), so importing a
 * file again creates nothing; a matched claim gains the codings and citations it lacks (the partner of a coding
 * imported before). A claim to create must name actors and sources the file or the database has, and bring at
 * least one citation.
 */

type Claim = ImportTie | ImportMeeting;

const COUNT_OF: Record<ClaimLabel, 'ties' | 'meetings'> = { Tie: 'ties', Meeting: 'meetings' };
const NOUN: Record<ClaimLabel, string> = { Tie: 'tie', Meeting: 'meeting' };

function identityOf(label: ClaimLabel, claim: Claim): string {
  return claim.id ? `${label}:id:${claim.id}` : `${label}:key:${claim.importKey}`;
}

/**
 * How the plan knows these claims (`ImportPlan.claims`), and which of them bring codings (event ids), which a
 * claim already recorded may lack and gain: those must find that claim written.
 */
export function claimIdentities(label: ClaimLabel, claims: Claim[]): { all: string[]; withCodings: string[] } {
  return {
    all: claims.map((claim) => identityOf(label, claim)),
    withCodings: claims.flatMap((claim) => (claim.eventIds.length > 0 ? [identityOf(label, claim)] : [])),
  };
}

function keyProblem(key: RecordKey, what: 'actor' | 'source'): string {
  return key.startsWith('id:')
    ? `No ${what} with id “${key.slice(3)}” in the file or the database`
    : `The ${what} of this row could not be imported (see its own error)`;
}

/** The ids of a claim's actors and sources, or the errors that stop it from being created. */
function resolveLinks(
  plan: ImportPlan,
  claim: Claim,
  actorKeys: { field: string; key: RecordKey }[],
): { actorIds: string[]; citations: (Omit<ImportCitation, 'sourceKey'> & { sourceId: string })[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const actorIds = actorKeys.map(({ field, key }) => {
    const id = plan.actors.get(key);
    if (!id) errors.push({ line: claim.line, field, message: keyProblem(key, 'actor') });
    return id ?? '';
  });
  const citations = claim.citations.map(({ sourceKey, quote, credibility }, index) => {
    const sourceId = plan.sources.get(sourceKey);
    if (!sourceId) errors.push({ line: claim.line, field: `citations.${index}.source`, message: keyProblem(sourceKey, 'source') });
    return { sourceId: sourceId ?? '', quote, credibility };
  });
  return { actorIds, citations, errors };
}

/**
 * The keys a claim of the file may be recorded under: its event key, and, in a database that holds claims
 * imported before codings were merged (`codingKeyed`), the keys of its codings, as those were keyed.
 */
function lookupKeys(claim: Claim, codingKeyed: boolean): string[] {
  if (claim.importKey === null) return [];
  return codingKeyed ? [...new Set([claim.importKey, ...claim.eventIds])] : [claim.importKey];
}

/** Whether the database holds claims keyed by one coding (migration 019 marks it), asked once per import. */
async function hasCodingKeyedClaims({ tx }: ChunkContext, plan: ImportPlan): Promise<boolean> {
  if (plan.codingKeyedClaims === null) {
    const result = await tx.run<{ marked: boolean }>('RETURN EXISTS { MATCH (:CodingKeyedClaims) } AS marked');
    plan.codingKeyedClaims = result.records[0]!.get('marked');
  }
  return plan.codingKeyedClaims;
}

/** The smallest of some ids, so that every run picks the same one. */
function smallest(ids: string[]): string | undefined {
  return ids.reduce<string | undefined>((least, id) => (least === undefined || compareText(id, least) < 0 ? id : least), undefined);
}

/**
 * Claims already recorded, by the id the file gives or else by event key: one query for the chunk, each half a
 * seek on its index (an OPTIONAL MATCH on both per row was planned as a scan once the label had grown).
 */
async function findExistingClaims(
  { tx }: ChunkContext,
  label: ClaimLabel,
  claims: { identity: string; claim: Claim }[],
  codingKeyed: boolean,
): Promise<Map<string, string>> {
  if (claims.length === 0) return new Map();
  const result = await tx.run<{ by: 'id' | 'key'; value: string; id: string }>(
    `UNWIND $ids AS wanted
     MATCH (n:${cypherLabel(label)} {id: wanted})
     RETURN 'id' AS by, wanted AS value, n.id AS id
     UNION ALL
     UNWIND $importKeys AS wanted
     MATCH (n:${cypherLabel(label)} {importKey: wanted})
     RETURN 'key' AS by, wanted AS value, n.id AS id`,
    {
      ids: [...new Set(claims.flatMap(({ claim }) => (claim.id ? [claim.id] : [])))],
      importKeys: [...new Set(claims.flatMap(({ claim }) => lookupKeys(claim, codingKeyed)))],
    },
  );
  const byId = new Set<string>();
  const byKey = new Map<string, string>();
  for (const record of result.records) {
    const { by, value, id } = record.toObject();
    if (by === 'id') byId.add(value);
    // Two records with one key (written by hand): the smallest id, so that every run picks the same.
    else if (compareText(id, byKey.get(value) ?? id) <= 0) byKey.set(value, id);
  }
  const existing = new Map<string, string>();
  for (const { identity, claim } of claims) {
    const id = claim.id && byId.has(claim.id) ? claim.id : smallest(lookupKeys(claim, codingKeyed).flatMap((key) => byKey.get(key) ?? []));
    if (id) existing.set(identity, id);
  }
  return existing;
}

interface ClaimToCreate<C extends Claim> {
  claim: C;
  identity: string;
  actorIds: string[];
  citations: { sourceId: string; quote: string; credibility: number }[];
}

/** Sorts a chunk's claims into matched, skipped, in error and to create; the decisions record all but the last. */
async function sortClaims<C extends Claim>(
  context: ChunkContext,
  plan: ImportPlan,
  label: ClaimLabel,
  claims: C[],
  actorKeysOf: (claim: C) => { field: string; key: RecordKey }[],
): Promise<{ decisions: ChunkDecisions; toCreate: ClaimToCreate<C>[]; recorded: RecordedMatch[] }> {
  const decisions = emptyDecisions(COUNT_OF[label]);
  const withIdentity = claims.map((claim) => ({ claim, identity: identityOf(label, claim) }));
  const unknown = withIdentity.filter(({ identity }) => !plan.claims.has(identity));
  const codingKeyed = unknown.some(({ claim }) => claim.importKey !== null) && (await hasCodingKeyedClaims(context, plan));
  const existing = await findExistingClaims(context, label, unknown, codingKeyed);
  const toCreate: ClaimToCreate<C>[] = [];
  const recorded: RecordedMatch[] = [];
  const pending = new Set<string>();
  for (const { claim, identity } of withIdentity) {
    // A claim without codings that a chunk not yet committed makes (a sector actor's PART_OF tie, named again by
    // each part of a file) is matched to it there: it has nothing to add.
    const id = plan.claims.get(identity) ?? existing.get(identity) ?? (claim.eventIds.length === 0 ? plan.uncommittedId(identity) : undefined);
    if (id) {
      decisions.ids.set(identity, id);
      // A claim made earlier in this import counts too: a file read in parts may bring a partner later.
      recorded.push({ id, claim });
    }
    if (id || pending.has(identity)) {
      decisions.matched += 1;
      continue;
    }
    const { actorIds, citations, errors } = resolveLinks(plan, claim, actorKeysOf(claim));
    if (errors.length === 0 && citations.length === 0) {
      errors.push({ line: claim.line, field: 'citations', message: `A new ${NOUN[label]} needs at least one citation: every claim is sourced` });
    }
    if (errors.length > 0) {
      decisions.errors.push(...errors);
      continue;
    }
    if (new Set(actorIds).size < actorIds.length) {
      decisions.skipped.push({ line: claim.line, reason: `Its actors are one and the same actor in Parley (“${actorIds[0]}”)` });
      continue;
    }
    pending.add(identity);
    toCreate.push({ claim, identity, actorIds, citations });
  }
  decisions.created = toCreate.length;
  decisions.linkedActors = toCreate.flatMap(({ actorIds }) => actorIds);
  decisions.merged = toCreate.reduce((sum, { claim }) => sum + Math.max(claim.eventIds.length - 1, 0), 0);
  return { decisions, toCreate, recorded };
}

/** A claim of the file matched to a recorded one. */
interface RecordedMatch {
  id: string;
  claim: Claim;
}

const citationIdentity = ({ sourceId, quote }: { sourceId: string; quote: string }) => JSON.stringify([sourceId, quote]);

/**
 * Adds to recorded claims the codings of the file they lack (the partner of a coding imported before), with their
 * citations, each claim so completed getting an `update` revision; a dry run only counts them as merged. Deleted
 * claims are left as they are.
 */
async function addCodingsToRecorded(context: ChunkContext, plan: ImportPlan, label: ClaimLabel, matches: RecordedMatch[], decisions: ChunkDecisions): Promise<void> {
  const byId = new Map<string, Claim[]>();
  for (const { id, claim } of matches) if (claim.eventIds.length > 0) byId.set(id, [...(byId.get(id) ?? []), claim]);
  if (byId.size === 0) return;
  const known = await context.tx.run<{ id: string; eventIds: string[] }>(
    `UNWIND $ids AS id
     MATCH (claim:${cypherLabel(label)} {id: id}) WHERE claim.deletedAt IS NULL
     // Claims imported before codings were merged know their one coding by their key.
     RETURN id, coalesce(claim.eventIds, [claim.importKey]) AS eventIds`,
    { ids: [...byId.keys()] },
  );
  const additions = known.records.flatMap((record) => {
    const id = record.get('id');
    const recordedIds = record.get('eventIds');
    const claims = byId.get(id) ?? [];
    const added = [...new Set(claims.flatMap((claim) => claim.eventIds))].filter((eventId) => !recordedIds.includes(eventId));
    return added.length > 0 ? [{ id, eventIds: [...recordedIds, ...added].sort(), added, claims }] : [];
  });
  decisions.merged += additions.reduce((sum, { added }) => sum + added.length, 0);
  if (context.dryRun || additions.length === 0) return;

  const ids = additions.map(({ id }) => id);
  const before = await readStoredRecords(context.tx, label, ids);
  const rows = additions.map(({ id, eventIds, claims }) => {
    const cited = new Set((before.get(id)?.ownFields.citations ?? []).map(citationIdentity));
    const citations = claims
      .flatMap((claim) => claim.citations)
      .flatMap(({ sourceKey, quote, credibility }) => {
        const sourceId = plan.sources.get(sourceKey);
        const citation = sourceId ? { sourceId, quote, credibility } : null;
        if (!citation || cited.has(citationIdentity(citation))) return [];
        cited.add(citationIdentity(citation));
        return [citation];
      });
    return { id, eventIds, citations: citationRows(citations) };
  });
  await context.tx.run(
    `UNWIND $rows AS row
     MATCH (claim:${cypherLabel(label)} {id: row.id})
     SET claim.eventIds = row.eventIds, claim.version = coalesce(claim.version, 1) + 1, claim.updatedAt = $at
     WITH claim, row.citations AS citations
     CALL (claim, citations) { ${CREATE_CITATIONS} }`,
    { rows, at: context.change.at },
  );
  const after = await readStoredRecords(context.tx, label, ids);
  const recordedIds = new Map(known.records.map((record) => [record.get('id'), record.get('eventIds')]));
  await writeRevisions(
    context.tx,
    label,
    additions.map(({ id, eventIds }) => ({
      id,
      action: 'update' as const,
      before: { ...before.get(id)?.ownFields, eventIds: recordedIds.get(id) },
      after: { ...after.get(id)?.ownFields, eventIds },
    })),
    context.change,
  );
}

/** What an import keeps on a claim besides its own fields: where it came from. */
function provenance(claim: Claim): Record<(typeof IMPORT_PROVENANCE)[number], unknown> {
  return {
    importKey: claim.importKey,
    eventIds: claim.eventIds.length > 0 ? claim.eventIds : null,
    cameoCode: claim.cameo?.code ?? null,
    cameoLabel: claim.cameo?.label ?? null,
    ploverMode: claim.plover?.mode ?? null,
    ploverContext: claim.plover?.context ?? null,
  };
}

/** 0, 1, … count − 1. */
function positions(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** Items by a key of theirs, in the order each key first appears. */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The sources of rows with `count` citations each (`row.citations`, as `citationRows` makes them), matched
 * alongside the claim's actors, and their CITES edges, created in the claim's own CREATE: with every read before
 * the one write, the planner needs no eager pass over the chunk, which a citation subquery after the CREATE took
 * (a seventh of Neo4j's time on an import). Rows are grouped by their count of citations, one query each.
 */
function citationPatterns(count: number): { matches: string; creates: string } {
  return {
    matches: positions(count).map((i) => `(source${i}:Source {id: row.citations[${i}].sourceId})`).join(', '),
    creates: positions(count)
      .map((i) => `(n)-[:CITES {quote: row.citations[${i}].quote, credibility: row.citations[${i}].credibility}]->(source${i})`)
      .join(', '),
  };
}

const TIE_PROPERTIES = ['id', 'type', 'since', 'until', 'confidence', 'summary', ...IMPORT_PROVENANCE] as const;
const MEETING_PROPERTIES = ['id', 'title', 'kind', 'date', 'location', 'summary', ...IMPORT_PROVENANCE] as const;

export async function loadTieChunk(context: ChunkContext, plan: ImportPlan, ties: ImportTie[]): Promise<ChunkDecisions> {
  const { decisions, toCreate, recorded } = await sortClaims(context, plan, 'Tie', ties, (tie) => [
    { field: 'subject', key: tie.subjectKey },
    { field: 'object', key: tie.objectKey },
  ]);
  await addCodingsToRecorded(context, plan, 'Tie', recorded, decisions);
  const ids = await allocateIds(
    context,
    'Tie',
    toCreate.map(({ claim, actorIds }) => ({
      preferred: claim.id,
      // Read like the single-record path's ids (`qatar-mediates-for-hamas`), with the day of an event.
      base: slugify(`${actorIds[0]} ${claim.type} ${actorIds[1]} ${claim.importKey ? (claim.since ?? '') : ''}`) || 'tie',
      eventKey: claim.importKey,
    })),
  );
  toCreate.forEach(({ identity }, index) => decisions.ids.set(identity, ids[index]!));
  if (context.dryRun || toCreate.length === 0) return decisions;

  const rows = toCreate.map(({ claim, actorIds, citations }, index) => ({
    subjectId: actorIds[0]!,
    objectId: actorIds[1]!,
    citations: citationRows(citations),
    properties: propertyRow(TIE_PROPERTIES, {
      id: ids[index]!,
      type: claim.type,
      since: claim.since,
      until: claim.until,
      confidence: claim.confidence,
      summary: claim.summary,
      ...provenance(claim),
    }),
  }));
  for (const [citationCount, shaped] of groupBy(rows, (row) => row.citations.length)) {
    const cited = citationPatterns(citationCount);
    await context.tx.run(
      `UNWIND $rows AS row
       MATCH (subject:Actor {id: row.subjectId}), (object:Actor {id: row.objectId}), ${cited.matches}
       // The ends' ids are kept on the tie too, for views that seek ties by their pair (migration 021).
       CREATE (n:Tie {${createdProperties(TIE_PROPERTIES)}, subjectId: subject.id, objectId: object.id}),
              (n)-[:SUBJECT]->(subject), (n)-[:OBJECT]->(object), ${cited.creates}`,
      { rows: shaped, at: context.change.at, importId: plan.importId },
    );
  }
  await recordImport(context, plan);
  return decisions;
}

export async function loadMeetingChunk(context: ChunkContext, plan: ImportPlan, meetings: ImportMeeting[]): Promise<ChunkDecisions> {
  const { decisions, toCreate, recorded } = await sortClaims(context, plan, 'Meeting', meetings, (meeting) =>
    meeting.participants.map(({ actorKey }, index) => ({ field: `participants.${index}`, key: actorKey })),
  );
  await addCodingsToRecorded(context, plan, 'Meeting', recorded, decisions);
  const ids = await allocateIds(
    context,
    'Meeting',
    toCreate.map(({ claim }) => ({
      preferred: claim.id,
      base: slugify(`${claim.title} ${claim.importKey ? (claim.date ?? '') : ''}`) || 'meeting',
      eventKey: claim.importKey,
    })),
  );
  toCreate.forEach(({ identity }, index) => decisions.ids.set(identity, ids[index]!));
  if (context.dryRun || toCreate.length === 0) return decisions;

  const rows = toCreate.map(({ claim, actorIds, citations }, index) => ({
    participants: claim.participants.map(({ role }, position) => ({ actorId: actorIds[position]!, role })),
    citations: citationRows(citations),
    properties: propertyRow(MEETING_PROPERTIES, {
      id: ids[index]!,
      title: claim.title,
      kind: claim.kind,
      date: claim.date,
      location: claim.location,
      summary: claim.summary,
      ...provenance(claim),
    }),
  }));
  for (const [, shaped] of groupBy(rows, (row) => `${row.participants.length} ${row.citations.length}`)) {
    const cited = citationPatterns(shaped[0]!.citations.length);
    const participants = positions(shaped[0]!.participants.length);
    await context.tx.run(
      `UNWIND $rows AS row
       MATCH ${participants.map((i) => `(actor${i}:Actor {id: row.participants[${i}].actorId})`).join(', ')}, ${cited.matches}
       CREATE (n:Meeting {${createdProperties(MEETING_PROPERTIES)}}),
              ${participants.map((i) => `(n)-[:PARTICIPANT {role: row.participants[${i}].role}]->(actor${i})`).join(', ')}, ${cited.creates}`,
      { rows: shaped, at: context.change.at, importId: plan.importId },
    );
  }
  await recordImport(context, plan);
  return decisions;
}
