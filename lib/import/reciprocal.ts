import { createHash } from 'node:crypto';
import type { ImportCitation, ImportClaim, ImportFormat, RecordKey } from './types';

/**
 * One event, once. Event data codes one report from both sides: ICEWS a phone call as A→B and B→A, a visit as
 * "make a visit" (042) by the visitor and "host a visit" (043) by the host, with the same Story ID and Sentence
 * Number; GDELT likewise from one SOURCEURL. Each coding is keyed by the event it describes, not by its own id, so
 * that both codings of one event get the same key: the builder merges them into one claim, and the loader matches
 * a claim made from either coding alone (in another chunk, or in a later import) through that key.
 *
 * Exact repeats (the same report, day, actors in the same direction and code) are one claim too: the report says
 * the same thing once, and counting it twice would make a tie look twice as well sourced as it is.
 */

/** Consultation codes whose codings of one event pair up; 045 (mediate) names a mediator and pairs with nothing. */
const PAIRING_CLASS: Record<string, 'consult' | 'telephone' | 'visit' | 'third-location' | 'negotiation'> = {
  '040': 'consult',
  '041': 'telephone',
  '042': 'visit',
  '043': 'visit',
  '044': 'third-location',
  '046': 'negotiation',
};

/** What the key of a coding is made from: the report it came from, its day, its code and its actors' keys. */
export interface CodingIdentity {
  format: ImportFormat;
  /** The coding's own key (`icews:<Event ID>`, `gdelt:<GLOBALEVENTID>`), the claim's key when the data names no report. */
  codingKey: string;
  report: string | null;
  date: string;
  code: string;
  subjectKey: RecordKey;
  objectKey: RecordKey;
}

/**
 * The key of the event a coding describes, the same for every coding of it. For paired codes the actors are
 * unordered, except that a visit's visitor comes first (the source of 042, the target of 043), so that "A visits
 * B" and "B visits A" stay two visits; for other codes the direction and the code itself count.
 */
export function eventKeyOf({ format, codingKey, report, date, code, subjectKey, objectKey }: CodingIdentity): string {
  if (report === null) return codingKey;
  const pairing = PAIRING_CLASS[code];
  const actors =
    pairing === 'visit' ? (code === '042' ? [subjectKey, objectKey] : [objectKey, subjectKey]) : pairing ? [subjectKey, objectKey].sort() : [subjectKey, objectKey];
  const parts = [report, date, pairing ?? code, ...actors];
  return `${format}:event:${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`;
}

/** Which coding of a merged claim gives its own fields: the lowest code (042, the visit, before 043), then the lowest id. */
function rank<C extends ImportClaim>(a: C, b: C): number {
  return (a.cameo?.code ?? '').localeCompare(b.cameo?.code ?? '') || (a.eventIds[0] ?? '').localeCompare(b.eventIds[0] ?? '');
}

/**
 * The claims of several codings of one event as one: the fields of the first by rank (so the file's order does
 * not matter), every citation once, and every coding's event id.
 */
export function mergeCodings<C extends ImportClaim & { summary: string }>(codings: C[]): C {
  const ranked = [...codings].sort(rank);
  const [first, ...others] = ranked;
  if (!first) throw new Error('mergeCodings needs at least one coding');
  if (others.length === 0) return first;
  const citations = new Map<string, ImportCitation>();
  for (const citation of ranked.flatMap((coding) => coding.citations)) {
    citations.set(JSON.stringify([citation.sourceKey, citation.quote, citation.credibility]), citation);
  }
  const eventIds = [...new Set(codings.flatMap((coding) => coding.eventIds))].sort();
  const otherIds = eventIds.filter((id) => !first.eventIds.includes(id));
  return {
    ...first,
    eventIds,
    citations: [...citations.values()],
    summary: otherIds.length > 0 ? `${first.summary} Merged with ${otherIds.join(', ')}, coded from the same report.` : first.summary,
  };
}

/** Claims collected by event key as a file is read; each event comes out as one claim, in the order first met. */
export class ClaimsByEvent<C extends ImportClaim & { summary: string }> {
  private readonly codings = new Map<string, C[]>();

  add(claim: C & { importKey: string }): void {
    const key = claim.importKey;
    const group = this.codings.get(key);
    if (group) group.push(claim);
    else this.codings.set(key, [claim]);
  }

  claims(): C[] {
    return [...this.codings.values()].map(mergeCodings);
  }
}
