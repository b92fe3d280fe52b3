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
    const result = await tx.run(
      `MATCH (m:Meeting {id: $id})
       RETURN m.location AS location, coalesce(m.summary, '') AS summary, coalesce(m.version, 1) AS version,
              COLLECT { MATCH (m)-[p:PARTICIPANT]->(a:Actor) WHERE a.deletedAt IS NULL
                        RETURN {actorId: a.id, name: a.name, kind: a.kind, role: p.role} ORDER BY a.name } AS participants`,
      { id },
    );
    const record = result.records[0]!;
    const citations = await readCitations(tx, [id]);
    return {
      version: record.get('version'),
      meeting,
      location: record.get('location') ?? null,
      summary: record.get('summary'),
      participants: record.get('participants'),
      citations: citations.get(id) ?? [],
    };
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
  const result = await tx.run(
    // A partial date sorts before every day it covers, so `m.date <= $rangeEnd` says it starts by the range's end.
    // Its end pads a month with -31: no calendar day lies between the true month end and that, so comparisons hold.
    `MATCH (m:Meeting)
     WHERE m.deletedAt IS NULL AND (m.date IS NOT NULL) = $dated
       AND ($participant IS NULL OR EXISTS { (m)-[:PARTICIPANT]->(:Actor {id: $participant}) })
       AND ($rangeEnd IS NULL OR m.date IS NULL OR m.date <= $rangeEnd)
       AND ($rangeStart IS NULL OR m.date IS NULL
            OR CASE size(m.date) WHEN 4 THEN m.date + '-12-31' WHEN 7 THEN m.date + '-31' ELSE m.date END >= $rangeStart)
     WITH m ORDER BY m.date, m.title, m.id LIMIT $limit
     RETURN m.id AS id, m.title AS title, m.kind AS kind, m.date AS date, m.location AS location,
            COLLECT { MATCH (m)-[p:PARTICIPANT]->(a:Actor) WHERE a.deletedAt IS NULL
                      RETURN {actorId: a.id, name: a.name, role: p.role} ORDER BY a.name } AS participants,
            COUNT { (m)-[:CITES]->(source:Source) WHERE source.deletedAt IS NULL } AS citationCount`,
    { ...filter, limit: int(filter.limit), dated },
  );
  return result.records.map((record) => ({
    id: record.get('id'),
    title: record.get('title'),
    kind: record.get('kind'),
    date: record.get('date') ?? null,
    location: record.get('location') ?? null,
    participants: record.get('participants'),
    citationCount: record.get('citationCount'),
  }));
}
