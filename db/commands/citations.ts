import 'server-only';
import type { Principal } from '../../lib/auth/roles';
import type { CitationRecord } from '../../lib/records';
import { requireRole } from '../accounts/authorize';
import type { CitationInput } from '../../lib/schemas/citation';
import type { IdempotencyRequest } from '../../lib/write-api';
import { CREATE_CITATIONS, citationRows } from './record-writes';
import { cypherLabel, requireReferences, type ClaimLabel, type RecordOf, type Reference } from './records';
import { insertSource } from './sources';
import { changeRecord, runWrite, type WriteContext } from './write';

/** Citations of ties and meetings: each names an existing source or brings a new one, written with its claim. */

/** The existing sources the citations name, by field: `citations.0.source.id`. */
export function citationReferences(citations: CitationInput[], fieldPrefix: string): Reference[] {
  return citations.flatMap((citation, index) =>
    'id' in citation.source ? [{ field: `${fieldPrefix}${index}.source.id`, label: 'Source' as const, id: citation.source.id }] : [],
  );
}

/** Creates the sources brought inline, and answers each citation with its source's id. */
async function resolveCitations(context: WriteContext, citations: CitationInput[]): Promise<CitationRecord[]> {
  const resolved: CitationRecord[] = [];
  for (const { source, quote, credibility } of citations) {
    const sourceId = 'id' in source ? source.id : (await insertSource(context, source.new)).id;
    resolved.push({ sourceId, quote, credibility });
  }
  return resolved;
}

/** Writes the citations of a claim; the sources named by id must have been checked with `requireReferences`. */
export async function writeCitations(context: WriteContext, label: ClaimLabel, id: string, citations: CitationInput[]): Promise<void> {
  const resolved = await resolveCitations(context, citations);
  await context.tx.run(
    `MATCH (claim:${cypherLabel(label)} {id: $id})
     WITH claim, $citations AS citations
     CALL (claim, citations) { ${CREATE_CITATIONS} }`,
    { id, citations: citationRows(resolved) },
  );
}

/** `POST /api/ties/:id/citations` and `/api/meetings/:id/citations`: one more citation, recorded as an update. */
export async function addCitation<L extends ClaimLabel>({
  label,
  id,
  citation,
  principal,
  idempotency,
}: {
  label: L;
  id: string;
  citation: CitationInput;
  principal: Principal | null;
  idempotency: IdempotencyRequest | null;
}): Promise<{ body: RecordOf<L>; replayed: boolean }> {
  return runWrite({ writer: requireRole(principal, 'editor'), idempotency, input: citation }, (context) =>
    changeRecord(context, label, { id, version: null, changes: null }, async () => {
      await requireReferences(context.tx, citationReferences([citation], '').map((reference) => ({ ...reference, field: 'source.id' })));
      await writeCitations(context, label, id, [citation]);
    }),
  );
}
