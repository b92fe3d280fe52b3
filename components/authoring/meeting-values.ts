import type { MeetingRecord } from '@/lib/records';
import type { MeetingKind } from '@/lib/schemas/meeting';
import type { PickedActor } from './ActorPicker';
import { emptyCitation, emptyParticipant, type CitationDraft, type ParticipantDraft } from './drafts';

export interface MeetingValues {
  title: string;
  kind: MeetingKind | '';
  date: string;
  location: string;
  summary: string;
  participants: ParticipantDraft[];
  citations: CitationDraft[];
}

/** What the meeting form shows of a record: the fields its PATCH route takes. */
export type MeetingFields = Pick<MeetingRecord, 'title' | 'kind' | 'date' | 'location' | 'summary' | 'participants'>;

/**
 * A meeting as the form's values, a missing date or place an empty field and each participant a row named as in
 * `named` (a record names participants by id only; the id is shown when the name is not known); or, without a
 * meeting, a new one's values with two participants and one citation to fill in. An edit adds no citations: they
 * are added on their own.
 */
export function meetingValuesOf(meeting: MeetingFields | null, named: readonly PickedActor[] = []): MeetingValues {
  if (!meeting) {
    return { title: '', kind: '', date: '', location: '', summary: '', participants: [emptyParticipant(), emptyParticipant()], citations: [emptyCitation()] };
  }
  const names = new Map(named.map((actor) => [actor.id, actor.name]));
  return {
    title: meeting.title,
    kind: meeting.kind,
    date: meeting.date ?? '',
    location: meeting.location ?? '',
    summary: meeting.summary,
    participants: meeting.participants.map(({ actorId, role }) => ({ actor: { id: actorId, name: names.get(actorId) ?? actorId }, role })),
    citations: [],
  };
}

