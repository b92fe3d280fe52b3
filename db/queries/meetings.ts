import 'server-only';
import { int, type ManagedTransaction } from 'neo4j-driver';
import { dateInterval } from '../../lib/dates';
import { AppError } from '../../lib/errors';
import type { MeetingDetails, MeetingListItem, MeetingTimeline } from '../../lib/graph';
import type { PartialDate } from '../../lib/schemas/common';
import { readTransaction } from '../driver';
import { requireActor } from './actors';
import { readCitations, readMeetings } from './claims';

/** A meeting with who took part in what role, and each citation's quote and source. */
export async function getMeetingDetails({ id }: { id: string }): Promise<MeetingDetails> {
  return readTransaction(async (tx) => {
    const [meeting] = await readMeetings(tx, [id]);
    if (!meeting) throw new AppError('not_found', `No meeting with id "${id}".`);
    const result = await tx.run<Pick<MeetingDetails, 'version' | 'location' | 'summary' | 'participants'>>(
      `MATCH (m:Meeting {id: $id})
       RETURN m.location AS location, coalesce(m.summary, '') AS summary, coalesce(m.version, 1) AS version,
              COLLECT { MATCH (m)-[p:PARTICIPANT]->(a:Actor) WHERE a.deletedAt IS NULL
                        RETURN {actorId: a.id, name: a.name, kind: a.kind, role: p.role} ORDER BY a.name } AS participants`,
      { id },
    );
    const record = result.records[0]!;
    const citations = await readCitations(tx, [id]);
    return { ...record.toObject(), meeting, citations: citations.get(id) ?? [] };
  });
}

export interface MeetingTimelineFilter {
  participant?: string;
  from?: PartialDate;
  to?: PartialDate;
  /** The most meetings listed in each of `dated` and `undated`. */
  limit: number;
}

/**
 * The meetings timeline: dated meetings that may fall between `from` and `to` (see `overlaps` in lib/dates), in
 * date order; undated ones apart, since no range can include or exclude them. Both narrowed to a participant.
 */
export async function getMeetingTimeline({ participant, from, to, limit }: MeetingTimelineFilter): Promise<MeetingTimeline> {
  return readTransaction(async (tx) => {
    if (participant) await requireActor(tx, participant);
    const filter = {
      participant: participant ?? null,
      rangeStart: from ? dateInterval(from).start : null,
      rangeEnd: to ? dateInterval(to).end : null,
      limit,
    };
    return { dated: await listMeetings(tx, filter, true), undated: await listMeetings(tx, filter, false) };
  });
}

async function listMeetings(
  tx: ManagedTransaction,
  filter: { participant: string | null; rangeStart: string | null; rangeEnd: string | null; limit: number },
  dated: boolean,
): Promise<MeetingListItem[]> {
  // The conditions are fixed fragments picked by which filters are set (never built from input), so that the
  // planner sees plain predicates: a date range becomes a seek on the `meeting_date` index, and a participant
  // starts the match at that actor, instead of scanning every meeting and testing `$x IS NULL OR …` on each.
  // Undated meetings are read in title order from the `meeting_title` index (`m.title IS NOT NULL` lets the
  // planner use it), so that the listing stops at `$limit` rather than reading every meeting to find them.
  const conditions = ['m.deletedAt IS NULL', dated ? 'm.date IS NOT NULL' : 'm.date IS NULL AND m.title IS NOT NULL'];
  if (dated && filter.rangeEnd) {
    // A partial date sorts before every day it covers, so `m.date <= $rangeEnd` says it starts by the range's end.
    conditions.push('m.date <= $rangeEnd');
  }
  if (dated && filter.rangeStart) {
    // Any date that may reach the range's start sorts at or after that start's year ("2024" <= "2024-07"…), which
    // bounds the index seek; its end (a month padded with -31: no calendar day lies between the true month end and
    // that) then decides.
    conditions.push(
      'm.date >= $rangeStartYear',
      "CASE size(m.date) WHEN 4 THEN m.date + '-12-31' WHEN 7 THEN m.date + '-31' ELSE m.date END >= $rangeStart",
    );
  }
  const match = filter.participant ? 'MATCH (:Actor {id: $participant})<-[:PARTICIPANT]-(m:Meeting)' : 'MATCH (m:Meeting)';
  const result = await tx.run<MeetingListItem>(
    `${match}
     WHERE ${conditions.join(' AND ')}
     WITH DISTINCT m
     WITH m ORDER BY ${dated ? 'm.date, ' : ''}m.title, m.id LIMIT $limit
     RETURN m.id AS id, m.title AS title, m.kind AS kind, m.date AS date, m.location AS location,
            COLLECT { MATCH (m)-[p:PARTICIPANT]->(a:Actor) WHERE a.deletedAt IS NULL
                      RETURN {actorId: a.id, name: a.name, role: p.role} ORDER BY a.name } AS participants,
            COUNT { (m)-[:CITES]->(source:Source) WHERE source.deletedAt IS NULL } AS citationCount`,
    { ...filter, rangeStartYear: filter.rangeStart?.slice(0, 4) ?? null, limit: int(filter.limit) },
  );
  return result.records.map((record) => record.toObject());
}
