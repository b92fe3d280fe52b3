import 'server-only';
import { int } from 'neo4j-driver';
import type { SourceSummary } from '../../lib/graph';
import type { BackedClaim, SourceProfile } from '../../lib/records';
import { searchTerms } from '../../lib/search';
import { readLiveRecord } from '../commands/records';
import { readTransaction } from '../driver';

const SOURCE_SUMMARY = 's {.id, .title, .url, .publisher, .publishedAt, .language, .section, .reliability}';

/**
 * Sources for the citation picker: those whose title or publisher has every word of the query (whole or as a
 * prefix, however accented or cased), best first; with no query, all of them by title.
 */
export async function searchSources({ query, limit }: { query: string; limit: number }): Promise<SourceSummary[]> {
  const terms = searchTerms(query).slice(0, 8);
  return readTransaction(async (tx) => {
    const result =
      terms.length === 0
        ? await tx.run<{ source: SourceSummary }>(`MATCH (s:Source) WHERE s.deletedAt IS NULL RETURN ${SOURCE_SUMMARY} AS source ORDER BY s.title, s.id LIMIT $limit`, {
            limit: int(limit),
          })
        : await tx.run<{ source: SourceSummary }>(
            `CALL db.index.fulltext.queryNodes('source_titles', $luceneQuery, {limit: $candidates}) YIELD node AS s, score
             WHERE s.deletedAt IS NULL
             RETURN ${SOURCE_SUMMARY} AS source ORDER BY score DESC, s.title LIMIT $limit`,
            // Only letters and digits reach Lucene (see searchTerms), so the query is never Lucene syntax.
            { luceneQuery: terms.map((term) => `(${term}^3 OR ${term}*)`).join(' AND '), limit: int(limit), candidates: int(limit * 2) },
          );
    return result.records.map((record) => record.get('source'));
  });
}

/** A source and every claim it backs (one entry per citation), for its page; deleted claims are left out. */
export async function getSourceProfile({ id }: { id: string }): Promise<SourceProfile> {
  return readTransaction(async (tx) => {
    const source = await readLiveRecord(tx, 'Source', id);
    const result = await tx.run<{ claim: BackedClaim }>(
      `MATCH (s:Source {id: $id})
       CALL (s) {
         MATCH (subject:Actor)<-[:SUBJECT]-(r:Tie)-[c:CITES]->(s), (r)-[:OBJECT]->(object:Actor)
         WHERE r.deletedAt IS NULL
         RETURN {kind: 'tie', id: r.id, type: r.type, cameoCode: r.cameoCode, subject: subject {.id, .name}, object: object {.id, .name},
                 quote: c.quote, credibility: c.credibility} AS claim, 0 AS rank, r.type + r.id AS sortKey
         UNION
         MATCH (m:Meeting)-[c:CITES]->(s)
         WHERE m.deletedAt IS NULL
         RETURN {kind: 'meeting', id: m.id, title: m.title, date: m.date, quote: c.quote, credibility: c.credibility} AS claim,
                1 AS rank, coalesce(m.date, '') + m.id AS sortKey
       }
       RETURN claim ORDER BY rank, sortKey, claim.quote`,
      { id },
    );
    return { source, claims: result.records.map((record) => record.get('claim')) };
  });
}
