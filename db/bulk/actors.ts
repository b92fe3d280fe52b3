import { int } from 'neo4j-driver';
import { nameKey } from '../../lib/import/events';
import type { ImportActor } from '../../lib/import/types';
import { slugify } from '../../lib/slug';
import { allocateIds, createdProperties, propertyRow, recordImport, type ChunkContext } from './chunks';
import { emptyDecisions, type ChunkDecisions, type ImportPlan } from './plan';
import { RESERVED_ACTOR_IDS } from '../../lib/schemas/actor';

const ACTOR_PROPERTIES = ['id', 'name', 'kind', 'aliases', 'description', 'country', 'wikidataId'] as const;

/** Candidates the name index gives for one name; the exact spelling is then checked here. */
const CANDIDATES_PER_NAME = 50;

/**
 * Actors of one chunk. An actor is matched by the id the file gives, else by its name: an existing actor (not
 * deleted) whose name or an alias is the same once accents, case and spaces are folded ("Türkiye" is Turkey,
 * "إسماعيل هنية" is Ismail Haniyeh), or an actor this import has already created under that spelling. Only
 * then is a new one made, with a slug of its name as id (the file's id when it gives a free one).
 */
export async function loadActorChunk(context: ChunkContext, plan: ImportPlan, actors: ImportActor[]): Promise<ChunkDecisions> {
  const decisions = emptyDecisions('actors');
  const unresolved = actors.filter((actor) => !plan.actors.has(actor.key));
  decisions.matched += actors.length - unresolved.length;
  const byId = await findActorIds(context, unresolved.flatMap((actor) => (actor.id ? [actor.id] : [])));
  const needsName = unresolved.filter((actor) => !(actor.id && byId.has(actor.id)));
  const byName = await findActorsByName(
    context,
    needsName.map((actor) => actor.name).filter((name) => !plan.actorNames.has(nameKey(name))),
  );

  const toCreate: ImportActor[] = [];
  const pendingNames = new Map<string, ImportActor>();
  const twins = new Map<string, string>();
  for (const actor of unresolved) {
    const key = nameKey(actor.name);
    const recordedById = actor.id && byId.has(actor.id) ? { id: actor.id, name: byId.get(actor.id)! } : null;
    const createdHere = plan.actorNames.get(key);
    const recorded = recordedById ?? (createdHere ? null : byName.get(key));
    const id = recorded?.id ?? createdHere ?? null;
    if (id) {
      decisions.ids.set(actor.key, id);
      decisions.matched += 1;
      if (recorded) decisions.actorMatches.push({ line: actor.line, name: actor.name, id: recorded.id, existingName: recorded.name });
      continue;
    }
    const twin = pendingNames.get(key);
    if (twin) {
      // The same name twice in one chunk: one actor, known by both keys.
      decisions.matched += 1;
      twins.set(actor.key, twin.key);
      continue;
    }
    pendingNames.set(key, actor);
    toCreate.push(actor);
  }

  const ids = await allocateIds(
    context,
    'Actor',
    toCreate.map((actor) => ({
      preferred: actor.id,
      base: [actor.name, ...actor.aliases].map(slugify).find(Boolean) ?? 'actor',
    })),
    RESERVED_ACTOR_IDS,
  );
  toCreate.forEach((actor, index) => {
    const id = ids[index]!;
    decisions.ids.set(actor.key, id);
    for (const spelling of [actor.name, ...actor.aliases]) decisions.names.set(nameKey(spelling), id);
  });
  for (const [key, twinKey] of twins) decisions.ids.set(key, decisions.ids.get(twinKey)!);
  decisions.created = toCreate.length;
  if (context.dryRun || toCreate.length === 0) return decisions;

  await context.tx.run(
    `UNWIND $rows AS row
     CREATE (n:Actor {${createdProperties(ACTOR_PROPERTIES)}, degree: 0, pagerank: 0.0})`,
    {
      rows: toCreate.map((actor, index) => ({
        properties: propertyRow(ACTOR_PROPERTIES, {
          id: ids[index]!,
          name: actor.name,
          kind: actor.kind,
          aliases: actor.aliases,
          description: actor.description,
          country: actor.country,
          wikidataId: actor.wikidataId,
        }),
      })),
      at: context.change.at,
      importId: plan.importId,
    },
  );
  await recordImport(context, plan);
  return decisions;
}

/** Which of these ids name an actor (deleted ones included: their ids are never given again), with its name. */
export async function findActorIds({ tx }: ChunkContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run<{ id: string; name: string }>('UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.name AS name', { ids: [...new Set(ids)] });
  return new Map(result.records.map((record) => [record.get('id'), record.get('name')]));
}

/**
 * Live actors by folded spelling, for the names given. The full-text index `actor_names` (which folds accents and
 * case like `foldName`) finds candidates with a phrase query of the name as written, which its analyzer reads the
 * same way it read the names it indexed; only a name or alias equal to it once folded counts as a match.
 */
async function findActorsByName({ tx }: ChunkContext, names: string[]): Promise<Map<string, { id: string; name: string }>> {
  const lookups = [...new Map(names.map((name) => [nameKey(name), name])).entries()]
    .filter(([key]) => /[\p{L}\p{N}]/u.test(key))
    // Inside a phrase only `"` and `\` mean anything to Lucene; escaped, the name is plain text.
    .map(([key, name]) => ({ key, query: `"${name.replace(/[\\"]/g, '\\$&')}"` }));
  if (lookups.length === 0) return new Map();
  const result = await tx.run<{ key: string; id: string; name: string; aliases: string[] }>(
    `UNWIND $lookups AS lookup
     CALL db.index.fulltext.queryNodes('actor_names', lookup.query, {limit: $limit}) YIELD node
     WHERE node.deletedAt IS NULL
     RETURN lookup.key AS key, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases`,
    { lookups, limit: int(CANDIDATES_PER_NAME) },
  );
  const found = new Map<string, { id: string; name: string; byName: boolean }>();
  for (const record of result.records) {
    const { key, id, name, aliases } = record.toObject();
    const byName = nameKey(name) === key;
    const byAlias = aliases.some((alias) => nameKey(alias) === key);
    if (!byName && !byAlias) continue;
    // Several actors with that spelling: one whose name it is beats one whose alias it is; then the smallest id, so
    // that every run picks the same.
    const best = found.get(key);
    if (!best || (byName && !best.byName) || (byName === best.byName && id < best.id)) found.set(key, { id, name, byName });
  }
  return new Map([...found].map(([key, { id, name }]) => [key, { id, name }]));
}
