'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { meetingTimelineQuery, type TimelineFilter } from '@/lib/api-client';
import { checkDateRange } from '@/lib/dates';
import type { GraphActor, MeetingListItem } from '@/lib/graph';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { StatusMessage } from '../StatusMessage';
import styles from './TimelinePanel.module.css';
import { plural } from '@/lib/words';

export interface TimelinePanelProps {
  actorsInView: GraphActor[];
  selectedMeetingId: string | null;
  onShowMeeting: (meeting: MeetingListItem) => void;
}

/** Only valid values reach the query: a half-typed date must not send the API a request it will refuse. */
function timelineFilter(participant: string, fromText: string, toText: string) {
  const { from, to, fromError, toError } = checkDateRange(fromText, toText);
  const filter: TimelineFilter = { participant: participant || undefined, from, to };
  return { filter, fromError, toError };
}

/** Meetings in date order, filtered by participant and dates; choosing one shows it on the graph. */
export function TimelinePanel({ actorsInView, selectedMeetingId, onShowMeeting }: TimelinePanelProps) {
  const headingId = useId();
  const participantId = useId();
  const [participant, setParticipant] = useState('');
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');

  const actors = [...actorsInView].sort((a, b) => a.name.localeCompare(b.name));
  // An actor that left the view can no longer be picked, so it no longer filters either.
  const chosenParticipant = actors.some((actor) => actor.id === participant) ? participant : '';
  const { filter, fromError, toError } = timelineFilter(chosenParticipant, fromText, toText);

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>Meetings</h2>
      <div className={styles.filters} role="group" aria-label="Meeting filters">
        <div className={styles.field}>
          <label htmlFor={participantId} className={styles.fieldLabel}>
            Participant
          </label>
          <select id={participantId} value={chosenParticipant} onChange={(event) => setParticipant(event.target.value)}>
            <option value="">Any participant</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <DateField label="From" value={fromText} onChange={setFromText} error={fromError} />
        <DateField label="To" value={toText} onChange={setToText} error={toError} />
      </div>
      <Timeline filter={filter} selectedMeetingId={selectedMeetingId} onShowMeeting={onShowMeeting} />
    </section>
  );
}

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

function DateField({ label, value, onChange, error }: DateFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="e.g. 2024-07"
        className={styles.dateInput}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={hintId} className={styles.hint}>
        YYYY, YYYY-MM or YYYY-MM-DD
      </span>
      {error && (
        // Polite, not an alert: it can change with every keystroke.
        <span id={errorId} className={styles.error} aria-live="polite">
          {error}
        </span>
      )}
    </div>
  );
}

interface TimelineProps {
  filter: TimelineFilter;
  selectedMeetingId: string | null;
  onShowMeeting: (meeting: MeetingListItem) => void;
}

function Timeline({ filter, selectedMeetingId, onShowMeeting }: TimelineProps) {
  const undatedHeadingId = useId();
  const timeline = useQuery(meetingTimelineQuery(filter));
  if (timeline.isPending) return <StatusMessage kind="loading">Loading meetings…</StatusMessage>;
  if (timeline.isError) {
    return (
      <StatusMessage kind="error" action={{ label: timeline.isFetching ? 'Retrying…' : 'Try again', onClick: () => void timeline.refetch() }}>
        {timeline.error.message}
      </StatusMessage>
    );
  }
  const { dated, undated } = timeline.data;
  if (dated.length === 0 && undated.length === 0) {
    return <StatusMessage kind="empty">No meetings match these filters.</StatusMessage>;
  }
  const entry = (meeting: MeetingListItem) => (
    <li key={meeting.id}>
      <MeetingEntry meeting={meeting} selected={meeting.id === selectedMeetingId} onShow={onShowMeeting} />
    </li>
  );
  return (
    // The previous list stays while the next one loads; say so to assistive technology.
    <div className={styles.timeline} aria-busy={timeline.isFetching}>
      {/* The server sends dated meetings in date order; keep it. */}
      {dated.length > 0 && (
        <ol className={styles.list} aria-label="Dated meetings">
          {dated.map(entry)}
        </ol>
      )}
      {undated.length > 0 && (
        <section className={styles.undated} aria-labelledby={undatedHeadingId}>
          <h3 id={undatedHeadingId}>Undated</h3>
          <p className={styles.note}>The source gives no date for these meetings.</p>
          <ul className={styles.list}>{undated.map(entry)}</ul>
        </section>
      )}
    </div>
  );
}


function MeetingEntry({ meeting, selected, onShow }: { meeting: MeetingListItem; selected: boolean; onShow: (meeting: MeetingListItem) => void }) {
  const participants = meeting.participants.map((participant) => `${participant.name} (${participant.role})`).join(', ');
  return (
    <button type="button" className={styles.entry} aria-pressed={selected} onClick={() => onShow(meeting)}>
      <span className={styles.entryHead}>
        {meeting.date ? <time dateTime={meeting.date}>{meeting.date}</time> : <span className={styles.noDate}>No date</span>}
        <span className={styles.kind}>{MEETING_KIND_LABELS[meeting.kind]}</span>
      </span>
      <span className={styles.title}>{meeting.title}</span>
      <span className={styles.participants}>{participants}</span>
      <span className={styles.citations}>{plural(meeting.citationCount, 'citation', 'citations')}</span>
    </button>
  );
}
