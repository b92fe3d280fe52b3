import type { ImportCitation, ImportMeeting, ImportTie, RecordKey, RowError } from '../../lib/import/types';
import { slugify } from '../../lib/slug';
import { CREATE_CITATIONS, citationRows } from '../commands/record-writes';
import { countNewClaims } from '../commands/degrees';
import { cypherLabel, type ClaimLabel } from '../commands/record-writes';
import { allocateIds, recordImports, withoutNulls, type ChunkContext } from './chunks';
import { emptyDecisions, type ChunkDecisions, type ImportPlan } from './plan';

/**
 * Ties and meetings of one chunk. A claim is matched by the id the file gives or by its event key
 * (`icews:<Event ID>`, `gdelt:<GLOBALEVENTID>`), so importing a file again creates nothing; a claim to create must
 * name actors and sources the file or the database has, and bring at least one citation.
 */

type Claim = ImportTie | ImportMeeting;

const COUNT_OF: Record<ClaimLabel, 'ties' | 'meetings'> = { Tie: 'ties', Meeting: 'meetings' };
const NOUN: Record<ClaimLabel, string> = { Tie: 'tie', Meeting: 'meeting' };

function identityOf(label: ClaimLabel, claim: Claim): string {
  return claim.id ? `${label}:id:${claim.id}` : `${label}:key:${claim.importKey}`;
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

async function findExistingClaims({ tx }: ChunkContext, label: ClaimLabel, claims: { identity: string; claim: Claim }[]): Promise<Map<string, string>> {
  if (claims.length === 0) return new Map();
  const result = await tx.run<{ identity: string; id: string }>(
    `UNWIND $rows AS row
     OPTIONAL MATCH (byId:${cypherLabel(label)} {id: row.id})
     OPTIONAL MATCH (byKey:${cypherLabel(label)} {importKey: row.importKey})
     WITH row, coalesce(byId.id, byKey.id) AS id
     WHERE id IS NOT NULL
     RETURN row.identity AS identity, min(id) AS id`,
    { rows: claims.map(({ identity, claim }) => ({ identity, id: claim.id, importKey: claim.importKey })) },
  );
  return new Map(result.records.map((record) => [record.get('identity'), record.get('id')]));
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
): Promise<{ decisions: ChunkDecisions; toCreate: ClaimToCreate<C>[] }> {
  const decisions = emptyDecisions(COUNT_OF[label]);
  const withIdentity = claims.map((claim) => ({ claim, identity: identityOf(label, claim) }));
  const unresolved = withIdentity.filter(({ identity }) => !plan.claims.has(identity));
  decisions.matched += claims.length - unresolved.length;
  const existing = await findExistingClaims(context, label, unresolved);
  const toCreate: ClaimToCreate<C>[] = [];
  const pending = new Set<string>();
  for (const { claim, identity } of unresolved) {
    const id = existing.get(identity);
    if (id) decisions.ids.set(identity, id);
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
  return { decisions, toCreate };
}

/** What an import keeps on a claim besides its own fields: where it came from. */
function provenance(claim: Claim): Record<string, unknown> {
  return withoutNulls({
    importKey: claim.importKey,
    cameoCode: claim.cameo?.code ?? null,
    cameoLabel: claim.cameo?.label ?? null,
    ploverMode: claim.plover?.mode ?? null,
    ploverContext: claim.plover?.context ?? null,
  });
}

export async function loadTieChunk(context: ChunkContext, plan: ImportPlan, ties: ImportTie[]): Promise<ChunkDecisions> {
  const { decisions, toCreate } = await sortClaims(context, plan, 'Tie', ties, (tie) => [
    { field: 'subject', key: tie.subjectKey },
    { field: 'object', key: tie.objectKey },
  ]);
  const ids = await allocateIds(
    context,
    'Tie',
    toCreate.map(({ claim, actorIds }) => ({
      preferred: claim.id,
      // Read like the single-record path's ids (`qatar-mediates-for-hamas`), with the day of an event.
      base: slugify(`${actorIds[0]} ${claim.type} ${actorIds[1]} ${claim.importKey ? (claim.since ?? '') : ''}`) || 'tie',
    })),
  );
  toCreate.forEach(({ identity }, index) => decisions.ids.set(identity, ids[index]!));
  if (context.dryRun || toCreate.length === 0) return decisions;

  await context.tx.run(
    `UNWIND $rows AS row
     MATCH (subject:Actor {id: row.subjectId}), (object:Actor {id: row.objectId})
     CREATE (r:Tie)
     SET r = row.properties, r.version = 1, r.createdAt = $at, r.updatedAt = $at
     CREATE (r)-[:SUBJECT]->(subject), (r)-[:OBJECT]->(object)
     WITH r AS claim, row.citations AS citations
     CALL (claim, citations) { ${CREATE_CITATIONS} }`,
    {
      rows: toCreate.map(({ claim, actorIds, citations }, index) => ({
        subjectId: actorIds[0],
        objectId: actorIds[1],
        citations: citationRows(citations),
        properties: withoutNulls({
          id: ids[index],
          type: claim.type,
          since: claim.since,
          until: claim.until,
          confidence: claim.confidence,
          summary: claim.summary,
          ...provenance(claim),
        }),
      })),
      at: context.change.at,
    },
  );
  await countNewClaims(context.tx, toCreate.map(({ actorIds }) => actorIds));
  await recordImports(context, 'Tie', toCreate.map(({ claim }, index) => ({ id: ids[index]!, extra: provenance(claim) })));
  return decisions;
}

export async function loadMeetingChunk(context: ChunkContext, plan: ImportPlan, meetings: ImportMeeting[]): Promise<ChunkDecisions> {
  const { decisions, toCreate } = await sortClaims(context, plan, 'Meeting', meetings, (meeting) =>
    meeting.participants.map(({ actorKey }, index) => ({ field: `participants.${index}`, key: actorKey })),
  );
  const ids = await allocateIds(
    context,
    'Meeting',
    toCreate.map(({ claim }) => ({
      preferred: claim.id,
      base: slugify(`${claim.title} ${claim.importKey ? (claim.date ?? '') : ''}`) || 'meeting',
    })),
  );
  toCreate.forEach(({ identity }, index) => decisions.ids.set(identity, ids[index]!));
  if (context.dryRun || toCreate.length === 0) return decisions;

  await context.tx.run(
    `UNWIND $rows AS row
     CREATE (m:Meeting)
     SET m = row.properties, m.version = 1, m.createdAt = $at, m.updatedAt = $at
     WITH m, row
     CALL (m, row) {
       UNWIND row.participants AS participant
       MATCH (actor:Actor {id: participant.actorId})
       CREATE (m)-[:PARTICIPANT {role: participant.role}]->(actor)
     }
     WITH m AS claim, row.citations AS citations
     CALL (claim, citations) { ${CREATE_CITATIONS} }`,
    {
      rows: toCreate.map(({ claim, actorIds, citations }, index) => ({
        participants: claim.participants.map(({ role }, position) => ({ actorId: actorIds[position], role })),
        citations: citationRows(citations),
        properties: withoutNulls({
          id: ids[index],
          title: claim.title,
          kind: claim.kind,
          date: claim.date,
          location: claim.location,
          summary: claim.summary,
          ...provenance(claim),
        }),
      })),
      at: context.change.at,
    },
  );
  await countNewClaims(context.tx, toCreate.map(({ actorIds }) => actorIds));
  await recordImports(context, 'Meeting', toCreate.map(({ claim }, index) => ({ id: ids[index]!, extra: provenance(claim) })));
  return decisions;
}
