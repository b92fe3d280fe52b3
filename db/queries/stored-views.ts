import 'server-only';
import { createHash } from 'node:crypto';
import { AppError } from '../../lib/errors';
import { readTransaction, writeTransaction } from '../driver';

/**
 * Views whose link is too long for a URL (lib/view-state.ts, LONG_VIEW_QUERY), stored as `(:StoredView {id, query,
 * createdAt})` and opened by `/?view=<id>`. The id is content-addressed: the first 16 characters of the base64url
 * SHA-256 of the canonical query, so the same view always gets the same link and storing it again writes nothing.
 */

export function storedViewId(canonicalQuery: string): string {
  return createHash('sha256').update(canonicalQuery).digest('base64url').slice(0, 16);
}

/** Stores a view's canonical query (as `viewQueryString` writes it) and answers its id. */
export async function storeView(canonicalQuery: string): Promise<{ id: string }> {
  const id = storedViewId(canonicalQuery);
  const stored = await writeTransaction(async (tx) => {
    const result = await tx.run<{ query: string }>(
      `MERGE (view:StoredView {id: $id})
       ON CREATE SET view.query = $query, view.createdAt = $now
       RETURN view.query AS query`,
      { id, query: canonicalQuery, now: new Date().toISOString() },
    );
    return result.records[0]!.get('query');
  });
  // 96 bits make a collision all but impossible; should one happen, the first view keeps its link.
  if (stored !== canonicalQuery) throw new AppError('conflict', 'Another view is stored under the same short id; share this view by its full link.');
  return { id };
}

/** The stored query of a view, or null when no view has this id. */
export async function getStoredView(id: string): Promise<string | null> {
  return readTransaction(async (tx) => {
    const result = await tx.run<{ query: string }>('MATCH (view:StoredView {id: $id}) RETURN view.query AS query', { id });
    return result.records[0]?.get('query') ?? null;
  });
}
