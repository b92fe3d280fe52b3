import 'server-only';
import { int } from 'neo4j-driver';
import type { Principal } from '../../lib/auth/roles';
import { extractClaims, type Extraction } from '../../lib/extract/extract';
import type { ExtractionContext, KnownActor } from '../../lib/extract/mentions';
import { tokenize } from '../../lib/extract/tokens';
import type { ExtractRequest } from '../../lib/schemas/extract';
import { requireRole } from '../accounts/authorize';
import { readTransaction } from '../driver';

/** Actors the name index gives for one word of the report; their names are then matched whole, word for word. */
const CANDIDATES_PER_WORD = 100;
/** The most distinct words looked up: far more than a long article holds. */
const MOST_WORDS = 20_000;

/**
 * `POST /api/extract`: the actors, titles and claims a report proposes, written nowhere. An editor's action (it
 * prepares writes), though it only reads: the actors that may be named — each distinct word of the report looked
 * up in the name index, so that the work grows with the report, not with the graph —, who leads each of them,
 * and the states of the people among them (a "président" leads the state of their country).
 */
export async function extractFromReport({ request, principal }: { request: ExtractRequest; principal: Principal | null }): Promise<Extraction> {
  requireRole(principal, 'editor');
  const words = [...new Set(tokenize(request.text).map((token) => token.key))].slice(0, MOST_WORDS);
  const context = await readContext(words);
  return extractClaims({ text: request.text, language: request.language, context });
}

async function readContext(words: string[]): Promise<ExtractionContext> {
  return readTransaction(async (tx) => {
    const actorFields = 'a {.id, .name, .kind, aliases: coalesce(a.aliases, []), .country}';
    const candidates = await tx.run<{ actor: KnownActor }>(
      // Words are letters and digits only (lib/extract/tokens.ts), so none can be Lucene syntax.
      `UNWIND $words AS word
       CALL db.index.fulltext.queryNodes('actor_names', word, {limit: $limit}) YIELD node AS a
       WITH DISTINCT a WHERE a.deletedAt IS NULL
       RETURN ${actorFields} AS actor`,
      { words, limit: int(CANDIDATES_PER_WORD) },
    );
    const actors = candidates.records.map((record) => record.get('actor'));
    const ids = actors.map((actor) => actor.id);
    const countries = [...new Set(actors.filter((actor) => actor.kind === 'person' && actor.country).map((actor) => actor.country!))];

    // The current head first: a tie without an end before one that ended, the latest start first.
    const leaders = await tx.run<{ organisationId: string; leader: KnownActor }>(
      `MATCH (organisation:Actor)<-[:OBJECT]-(t:Tie {type: 'LEADS'})
       WHERE organisation.id IN $ids AND t.deletedAt IS NULL
       MATCH (t)-[:SUBJECT]->(a:Actor) WHERE a.deletedAt IS NULL
       WITH organisation, a, t ORDER BY t.until IS NULL DESC, t.until DESC, t.since DESC, a.id
       WITH organisation, collect(a)[0] AS a
       RETURN organisation.id AS organisationId, ${actorFields} AS leader`,
      { ids },
    );
    const states = await tx.run<{ actor: KnownActor }>(
      `MATCH (a:Actor {kind: 'state'}) WHERE a.country IN $countries AND a.deletedAt IS NULL
       RETURN ${actorFields} AS actor ORDER BY a.degree DESC, a.id`,
      { countries },
    );
    const known = new Map(actors.map((actor) => [actor.id, actor]));
    for (const record of [...leaders.records.map((row) => row.get('leader')), ...states.records.map((row) => row.get('actor'))]) {
      if (!known.has(record.id)) known.set(record.id, record);
    }
    return {
      actors: [...known.values()],
      leaders: leaders.records.map((record) => ({ organisationId: record.get('organisationId'), leaderId: record.get('leader').id })),
    };
  });
}
