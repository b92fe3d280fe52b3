import { Rng } from '../../bench/random';
import { TIE_TYPES, type TieType } from '../../lib/taxonomy';
import type { MeetingKind } from '../../lib/schemas/meeting';

/**
 * A Parley JSON export shaped like a few days of event data, for tests that look at the picture at real size:
 * power-law actors (a few hubs, a long tail), the same pairs coded again and again (37 attacks between two
 * actors), meetings of two and of three participants. Seeded: the same file every run.
 */
export interface EventLikeOptions {
  actors?: number;
  ties?: number;
  meetings?: number;
  /** Days the events spread over from 2018-06-01 (a few days of data by default; months for the time bar). */
  days?: number;
  seed?: number;
}

const EVENT_TYPES: TieType[] = ['ATTACKS', 'CRITICIZES', 'THREATENS', 'SUPPORTS', 'NEGOTIATES_WITH', 'ACCUSES', 'SANCTIONS', 'FUNDS'];
const MEETING_KINDS: MeetingKind[] = ['consultation', 'phone_call', 'visit', 'negotiation'];
const GRADES = ['B', 'C', 'D', 'F'] as const;

export function eventLikeExport({ actors = 1_100, ties = 3_200, meetings = 500, days = 2, seed = 2018 }: EventLikeOptions = {}): string {
  const rng = Rng.seeded(seed);
  const random = rng.next;
  // Zipf-like: actor i is drawn with weight 1 / (i + 1).
  const cumulative: number[] = [];
  let total = 0;
  for (let index = 0; index < actors; index += 1) {
    total += 1 / (index + 1);
    cumulative.push(total);
  }
  const drawActor = () => {
    const target = random() * total;
    let low = 0;
    let high = actors - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const id = (index: number) => `event-actor-${index}`;
  const drawPair = (): [number, number] => {
    const a = drawActor();
    let b = drawActor();
    while (b === a) b = drawActor();
    return [a, b];
  };
  const firstDay = Date.UTC(2018, 5, 1);
  const day = () => new Date(firstDay + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
  const cite = (text: string) => [{ sourceId: `event-source-${Math.floor(random() * 20)}`, quote: text, credibility: 6 }];

  // Events come back to pairs already coded: each new one repeats an earlier pair and type half of the time.
  const used: { pair: [number, number]; type: TieType }[] = [];
  const tieRecords = Array.from({ length: ties }, (_, index) => {
    const repeat = used.length > 0 && random() < 0.5;
    const event = repeat ? rng.pick(used) : { pair: drawPair(), type: rng.pick(EVENT_TYPES) };
    if (!repeat) used.push(event);
    const date = day();
    return {
      id: `event-tie-${index}`,
      type: event.type,
      subjectId: id(event.pair[0]),
      objectId: id(event.pair[1]),
      since: date,
      until: date,
      confidence: 'low',
      citations: cite(`Event ${index}: ${TIE_TYPES[event.type].verb}.`),
    };
  });
  const meetingRecords = Array.from({ length: meetings }, (_, index) => {
    const [a, b] = drawPair();
    const participants = [a, b];
    if (random() < 0.3) {
      let c = drawActor();
      while (participants.includes(c)) c = drawActor();
      participants.push(c);
    }
    return {
      id: `event-meeting-${index}`,
      title: `Meeting ${index}`,
      kind: rng.pick(MEETING_KINDS),
      date: day(),
      participants: participants.map((participant) => ({ actorId: id(participant), role: 'party' })),
      citations: cite(`Meeting ${index} took place.`),
    };
  });
  return JSON.stringify({
    format: 'parley-export',
    version: 1,
    exportedAt: '2018-06-03T00:00:00.000Z',
    viewUrl: 'http://localhost:3000/',
    actors: Array.from({ length: actors }, (_, index) => ({ id: id(index), name: `Event Actor ${index}`, kind: index % 7 === 0 ? 'person' : 'state', aliases: [] })),
    sources: Array.from({ length: 20 }, (_, index) => ({
      id: `event-source-${index}`,
      title: `Wire report ${index}`,
      publisher: `Wire ${index}`,
      language: 'en',
      reliability: GRADES[index % GRADES.length],
    })),
    ties: tieRecords,
    meetings: meetingRecords,
  });
}
