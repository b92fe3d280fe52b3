import type { ImportSource } from '../../lib/import/types';
import { slugify } from '../../lib/slug';
import { allocateIds, createdProperties, propertyRow, recordImport, type ChunkContext } from './chunks';
import { emptyDecisions, type ChunkDecisions, type ImportPlan } from './plan';

const SOURCE_PROPERTIES = ['id', 'title', 'url', 'publisher', 'publishedAt', 'language', 'section', 'reliability', 'importKey'] as const;

/**
 * Sources of one chunk: an existing source is matched by the id the file gives, by the key of an event
 * publisher or URL stored by an earlier import, or by its URL; the others are created.
 */
export async function loadSourceChunk(context: ChunkContext, plan: ImportPlan, sources: ImportSource[]): Promise<ChunkDecisions> {
  const decisions = emptyDecisions('sources');
  // A key met before (in an earlier chunk, or earlier in this one) is the same source again.
  const unresolved = sources.filter((source) => !plan.sources.has(source.key));
  decisions.matched += sources.length - unresolved.length;
  const existing = await findExistingSources(context, unresolved);
  const toCreate: ImportSource[] = [];
  const pending = new Set<string>();
  for (const source of unresolved) {
    const id = existing.get(source.key);
    if (id) decisions.ids.set(source.key, id);
    if (id || pending.has(source.key)) {
      decisions.matched += 1;
      continue;
    }
    pending.add(source.key);
    toCreate.push(source);
  }
  const ids = await allocateIds(
    context,
    'Source',
    toCreate.map((source) => ({ preferred: source.id, base: slugify(source.title) || 'source' })),
  );
  toCreate.forEach((source, index) => decisions.ids.set(source.key, ids[index]!));
  decisions.created = toCreate.length;
  if (context.dryRun || toCreate.length === 0) return decisions;

  await context.tx.run(
    `UNWIND $rows AS row
     CREATE (n:Source {${createdProperties(SOURCE_PROPERTIES)}})`,
    {
      rows: toCreate.map((source, index) => ({
        properties: propertyRow(SOURCE_PROPERTIES, {
          id: ids[index]!,
          title: source.title,
          url: source.url,
          publisher: source.publisher,
          publishedAt: source.publishedAt,
          language: source.language,
          section: source.section,
          reliability: source.reliability,
          importKey: source.importKey,
        }),
      })),
      at: context.change.at,
      importId: plan.importId,
    },
  );
  await recordImport(context, plan);
  return decisions;
}

async function findExistingSources({ tx }: ChunkContext, sources: ImportSource[]): Promise<Map<string, string>> {
  if (sources.length === 0) return new Map();
  const result = await tx.run<{ key: string; id: string }>(
    `UNWIND $rows AS row
     OPTIONAL MATCH (byId:Source {id: row.id})
     OPTIONAL MATCH (byKey:Source {importKey: row.importKey})
     OPTIONAL MATCH (byUrl:Source {url: row.url})
     WITH row, coalesce(byId.id, byKey.id, byUrl.id) AS id
     WHERE id IS NOT NULL
     RETURN row.key AS key, min(id) AS id`,
    { rows: sources.map(({ key, id, importKey, url }) => ({ key, id, importKey, url })) },
  );
  return new Map(result.records.map((record) => [record.get('key'), record.get('id')]));
}
