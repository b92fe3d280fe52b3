import 'server-only';
import { int } from 'neo4j-driver';
import type { ActorSearchHit } from '../../lib/graph';
import { actorNameQuery, foldName } from '../../lib/search';
import { readTransaction } from '../driver';

/**
 * Actors whose name or an alias matches the query however it is accented or cased, best first. The name
 * shown is the actor's own; `matchedAlias` says which other spelling matched, when one did.
 */
export async function searchActors({ query, limit }: { query: string; limit: number }): Promise<ActorSearchHit[]> {
  const luceneQuery = actorNameQuery(query);
  if (!luceneQuery) return [];
  const hits = await readTransaction(async (tx) => {
    const result = await tx.run(
      `CALL db.index.fulltext.queryNodes('actor_names', $luceneQuery, {limit: $candidates})
       YIELD node, score
       WHERE node.deletedAt IS NULL
       RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases, score
       ORDER BY score DESC, name
       LIMIT $limit`,
      { luceneQuery, limit: int(limit), candidates: int(limit * 2) },
    );
    return result.records.map((record) => ({
      id: record.get('id') as string,
      name: record.get('name') as string,
      kind: record.get('kind') as ActorSearchHit['kind'],
      aliases: record.get('aliases') as string[],
      score: record.get('score') as number,
    }));
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
