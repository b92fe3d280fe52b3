import 'server-only';
import { AppError } from '../../lib/errors';
import type { TieDetails } from '../../lib/graph';
import { readTransaction } from '../driver';
import { readCitations, readTies } from './claims';

/**
 * A tie with what backs it: each citation's quote and source, and the other claims about the same two actors in
 * either direction, so that an analyst sees ATTACKS beside NEGOTIATES_WITH.
 */
export async function getTieDetails({ id }: { id: string }): Promise<TieDetails> {
  return readTransaction(async (tx) => {
    const result = await tx.run<Pick<TieDetails, 'version' | 'subject' | 'object' | 'summary'> & { samePairIds: string[] }>(
      `MATCH (s:Actor)<-[:SUBJECT]-(r:Tie {id: $id})-[:OBJECT]->(o:Actor)
       WHERE r.deletedAt IS NULL AND s.deletedAt IS NULL AND o.deletedAt IS NULL
       RETURN s {.id, .name, .kind} AS subject, o {.id, .name, .kind} AS object, coalesce(r.summary, '') AS summary,
              coalesce(r.version, 1) AS version,
              COLLECT { MATCH (s)<-[:SUBJECT|OBJECT]-(other:Tie)-[:SUBJECT|OBJECT]->(o)
                        WHERE other <> r AND other.deletedAt IS NULL
                        RETURN DISTINCT other.id } AS samePairIds`,
      { id },
    );
    const record = result.records[0];
    if (!record) throw new AppError('not_found', `No tie with id "${id}".`);
    const ties = await readTies(tx, [id, ...record.get('samePairIds')]);
    // Found above in the same transaction, so it is there unless its type is not one Parley knows (./claims).
    const tie = ties.find((candidate) => candidate.id === id);
    if (!tie) throw new AppError('not_found', `The tie "${id}" has a type Parley does not know, so it cannot be shown until it is given one.`);
    const citations = await readCitations(tx, [id]);
    return {
      version: record.get('version'),
      tie,
      subject: record.get('subject'),
      object: record.get('object'),
      summary: record.get('summary'),
      citations: citations.get(id) ?? [],
      samePair: ties.filter((tie) => tie.id !== id),
    };
  });
}
