import 'server-only';
import { int, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../lib/errors';
import { ACTOR_PROFILE_LIST_LIMIT, type ActorProfile, type ActorSearchHit, type ActorTie } from '../../lib/graph';
import type { SimilarActor } from '../../lib/records';
import { actorNameQuery, closestSpelling, foldName, similarNamesQuery } from '../../lib/search';
import { readTransaction } from '../driver';
import { withFamilies } from './claims';

/**
 * Actors whose name or an alias matches the query however it is accented or cased, best first. The name
 * shown is the actor's own; `matchedAlias` says which other spelling matched, when one did.
 */
export async function searchActors({ query, limit }: { query: string; limit: number }): Promise<ActorSearchHit[]> {
  const luceneQuery = actorNameQuery(query);
  if (!luceneQuery) return [];
  const hits = await readTransaction(async (tx) => {
    const result = await tx.run<Omit<ActorSearchHit, 'matchedAlias'> & { aliases: string[] }>(
      `CALL db.index.fulltext.queryNodes('actor_names', $luceneQuery, {limit: $candidates})
       YIELD node, score
       WHERE node.deletedAt IS NULL
       RETURN node.id AS id, node.name AS name, node.kind AS kind, node.country AS country, coalesce(node.aliases, []) AS aliases, score
       ORDER BY score DESC, name
       LIMIT $limit`,
      { luceneQuery, limit: int(limit), candidates: int(limit * 2) },
    );
    return result.records.map((record) => record.toObject());
  });
  return hits.map(({ aliases, ...hit }) => ({ ...hit, matchedAlias: matchedAlias(query, hit.name, aliases) }));
}

/** The alias the user was typing, when the name itself does not start with it. */
function matchedAlias(query: string, name: string, aliases: string[]): string | null {
  const typed = foldName(query.trim());
  const startsWords = (candidate: string) =>
    foldName(candidate)
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => word.startsWith(typed)) || foldName(candidate).startsWith(typed);
  if (startsWords(name)) return null;
  return aliases.find(startsWords) ?? null;
}

/**
 * Throws a 404 AppError unless an actor with this id exists and is not deleted; else answers its stored degree
 * (db/commands/degrees.ts), which is what walking from it costs.
 */
export async function requireActor(tx: ManagedTransaction, id: string): Promise<number> {
  const result = await tx.run<{ degree: number }>('MATCH (a:Actor {id: $id}) WHERE a.deletedAt IS NULL RETURN coalesce(a.degree, 0) AS degree', { id });
  if (result.records.length === 0) throw actorNotFound(id);
  return result.records[0]!.get('degree');
}

function actorNotFound(id: string): AppError {
  return new AppError('not_found', `No actor with id "${id}".`);
}

/**
 * An actor's page: who it is, its ties in both directions (by type, then by start date, undated last) and the
 * meetings it attended (in date order, undated last), each list cut to its first ACTOR_PROFILE_LIST_LIMIT with
 * the full count: a hub of event data has tens of thousands (5 MB of answer, a panel no one can read). Ties to
 * deleted actors are left out like deleted ties.
 */
export async function getActorProfile({ id }: { id: string }): Promise<ActorProfile> {
  return readTransaction(async (tx) => {
    const actorResult = await tx.run<{ actor: ActorProfile['actor'] }>(
      `MATCH (a:Actor {id: $id}) WHERE a.deletedAt IS NULL
       RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, []), description: coalesce(a.description, ''),
                 .country, .wikidataId, version: coalesce(a.version, 1)} AS actor`,
      { id },
    );
    const actor = actorResult.records[0]?.get('actor');
    if (!actor) throw actorNotFound(id);

    const tieResult = await tx.run<Omit<ActorTie, 'type' | 'family'> & { type: string; total: number }>(
      `MATCH (a:Actor {id: $id})<-[end:SUBJECT|OBJECT]-(r:Tie)-[:SUBJECT|OBJECT]->(other:Actor)
       WHERE r.deletedAt IS NULL AND other.deletedAt IS NULL AND other <> a
       WITH r, end, other ORDER BY r.type, r.since, other.name, r.id
       // Citations are counted, and fields read, for the ties listed only.
       WITH collect({r: r, end: type(end), other: other}) AS rows
       UNWIND rows[0..$limit] AS row
       WITH row.r AS r, row.end AS end, row.other AS other, size(rows) AS total
       RETURN r.id AS id, r.type AS type, r.cameoCode AS cameoCode, CASE end WHEN 'SUBJECT' THEN 'out' ELSE 'in' END AS direction,
              other {.id, .name, .kind} AS other, r.since AS since, r.until AS until, r.confidence AS confidence,
              COUNT { (r)-[:CITES]->(source:Source) WHERE source.deletedAt IS NULL } AS citationCount, total`,
      { id, limit: int(ACTOR_PROFILE_LIST_LIMIT) },
    );
    const ties: ActorTie[] = withFamilies(tieResult.records.map((record) => record.toObject())).map(({ total: _total, ...tie }) => tie);

    const meetingResult = await tx.run<{ meeting: ActorProfile['meetings'][number]; total: number }>(
      `MATCH (a:Actor {id: $id})<-[p:PARTICIPANT]-(m:Meeting)
       WHERE m.deletedAt IS NULL
       WITH m, p ORDER BY m.date, m.title, m.id
       WITH collect({m: m, role: p.role}) AS rows
       UNWIND rows[0..$limit] AS row
       WITH row.m AS m, row.role AS role, size(rows) AS total
       RETURN m {.id, .title, .kind, date: m.date, role: role,
                 participantCount: COUNT { (m)-[:PARTICIPANT]->(x:Actor) WHERE x.deletedAt IS NULL }} AS meeting, total`,
      { id, limit: int(ACTOR_PROFILE_LIST_LIMIT) },
    );
    const meetings = meetingResult.records.map((record) => record.get('meeting'));
    const tieCount = tieResult.records[0]?.get('total') ?? 0;
    const meetingCount = meetingResult.records[0]?.get('total') ?? 0;
    return { actor, ties, tieCount, meetings, meetingCount };
  });
}

/**
 * Actors that may be the one about to be created: a name or alias that looks like the new name or one of its
 * aliases, however accented or cased, or spelled with another transliteration (Haniye, Haniyeh, Hanieh).
 */
export async function findSimilarActors({ name, aliases }: { name: string; aliases: string[] }): Promise<SimilarActor[]> {
  const spellings = [name, ...aliases].filter((spelling) => spelling.trim());
  const luceneQuery = similarNamesQuery(spellings);
  if (!luceneQuery) return [];
  const candidates = await readTransaction(async (tx) => {
    const result = await tx.run<{ actor: Omit<SimilarActor, 'matchedOn'> }>(
      `CALL db.index.fulltext.queryNodes('actor_names', $luceneQuery, {limit: 20})
       YIELD node, score
       WHERE node.deletedAt IS NULL
       RETURN node {.id, .name, .kind, aliases: coalesce(node.aliases, [])} AS actor
       ORDER BY score DESC, node.name
       LIMIT 10`,
      { luceneQuery },
    );
    return result.records.map((record) => record.get('actor'));
  });
  return candidates.map((actor) => ({ ...actor, matchedOn: closestSpelling(spellings, [actor.name, ...actor.aliases]) }));
}
