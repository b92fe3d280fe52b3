import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import type { CitationDetails, GraphMeeting, GraphTie } from '../../lib/graph';
import { isTieType, tieFamily } from '../../lib/taxonomy';

/**
 * Claims (ties and meetings) read by id, in the shapes the graph draws. Every view of the graph (overview, a
 * chosen view, details, paths) goes through these, so a tie looks the same wherever it appears. Deleted claims,
 * deleted actors and deleted sources are left out.
 */

/**
 * A claim's citations as a view draws them: how many live sources it cites and the best grade among them, from one
 * walk of its citations (`grades` gathered first by `citationGrades`). Two walks, one to count and one to grade,
 * cost a third more on the `large` bench set.
 */
const citationGrades = (claim: 'r' | 'm') =>
  `COLLECT { MATCH (${claim})-[:CITES]->(source:Source) WHERE source.deletedAt IS NULL RETURN source.reliability } AS grades`;
const CITATION_SUMMARY = `size(grades) AS citationCount,
  reduce(best = null, grade IN grades | CASE WHEN best IS NULL OR grade < best THEN grade ELSE best END) AS bestReliability`;

/** A tie as stored: its type is whatever string the database holds, until `withFamilies` checks it. */
type StoredTie = Omit<GraphTie, 'type' | 'family'> & { type: string };

/** Ties by id, in id order; deleted ones, those with a deleted end and those of a type Parley does not know are left out. */
export async function readTies(tx: ManagedTransaction, tieIds: string[]): Promise<GraphTie[]> {
  const result = await tx.run<StoredTie>(
    `UNWIND $tieIds AS tieId
     MATCH (s:Actor)<-[:SUBJECT]-(r:Tie {id: tieId})-[:OBJECT]->(o:Actor)
     WHERE r.deletedAt IS NULL AND s.deletedAt IS NULL AND o.deletedAt IS NULL
     WITH r, s, o, ${citationGrades('r')}
     RETURN r.id AS id, r.type AS type, s.id AS subjectId, o.id AS objectId, r.since AS since, r.until AS until,
            r.confidence AS confidence, r.cameoCode AS cameoCode, ${CITATION_SUMMARY}
     ORDER BY id`,
    { tieIds },
  );
  return withFamilies(result.records.map((record) => record.toObject()));
}

/**
 * What every view of a tie shows: the rows as read, each with the family its type belongs to. A type the taxonomy
 * does not hold (set by hand, or kept from a Parley that had it) says neither the family nor how the tie reads, and
 * drawn under a family it would pass for cooperation or conflict it may not be: such a tie is left out, and the
 * server names it, for whoever keeps the data to give it one of the taxonomy's types.
 */
export function withFamilies<T extends { id: string; type: string }>(rows: T[]): (T & Pick<GraphTie, 'type' | 'family'>)[] {
  const known: (T & Pick<GraphTie, 'type' | 'family'>)[] = [];
  const unknown: string[] = [];
  for (const row of rows) {
    if (isTieType(row.type)) known.push({ ...row, type: row.type, family: tieFamily(row.type) });
    else unknown.push(`${row.id} (${row.type})`);
  }
  if (unknown.length > 0) console.warn(`Left out ties of a type not in the taxonomy (lib/taxonomy.ts): ${unknown.join(', ')}`);
  return known;
}

/**
 * Meetings by id, in date order (undated last). `participantsAmong` limits the participants listed to those
 * actors, as a view does; null lists every participant that is not deleted.
 */
export async function readMeetings(
  tx: ManagedTransaction,
  meetingIds: string[],
  participantsAmong: string[] | null = null,
): Promise<GraphMeeting[]> {
  const result = await tx.run<GraphMeeting>(
    `UNWIND $meetingIds AS meetingId
     MATCH (m:Meeting {id: meetingId})
     WHERE m.deletedAt IS NULL
     WITH m, ${citationGrades('m')}
     RETURN m.id AS id, m.title AS title, m.kind AS kind, m.date AS date,
            COLLECT { MATCH (m)-[p:PARTICIPANT]->(participant:Actor)
                      WHERE participant.deletedAt IS NULL AND ($among IS NULL OR participant.id IN $among)
                      RETURN {actorId: participant.id, role: p.role} ORDER BY participant.name } AS participants,
            ${CITATION_SUMMARY}
     ORDER BY date, id`,
    { meetingIds, among: participantsAmong },
  );
  return result.records.map((record) => record.toObject());
}

/** The citations of each claim (tie or meeting) by claim id, best-graded source first, with the source in full. */
export async function readCitations(tx: ManagedTransaction, claimIds: string[]): Promise<Map<string, CitationDetails[]>> {
  const result = await tx.run<{ claimId: string; citations: CitationDetails[] }>(
    `UNWIND $claimIds AS claimId
     CALL (claimId) {
       MATCH (claim:Tie {id: claimId}) RETURN claim
       UNION
       MATCH (claim:Meeting {id: claimId}) RETURN claim
     }
     MATCH (claim)-[c:CITES]->(s:Source)
     WHERE s.deletedAt IS NULL
     WITH claimId, c, s ORDER BY s.reliability, c.credibility, s.title, c.quote
     RETURN claimId, collect({
       quote: c.quote,
       credibility: c.credibility,
       source: {id: s.id, title: s.title, url: s.url, publisher: s.publisher, publishedAt: s.publishedAt,
                language: s.language, section: s.section, reliability: s.reliability}
     }) AS citations`,
    { claimIds },
  );
  return new Map(result.records.map((record) => [record.get('claimId'), record.get('citations')]));
}
