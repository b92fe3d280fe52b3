import { lineSentence } from '@/lib/fold';
import type { ViewPicture } from '@/lib/graph';
import { summarizePicture } from '@/lib/picture';
import { ACTOR_KIND_LABELS } from '@/lib/schemas/actor';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { FAMILY_LABELS, TIE_TYPES } from '@/lib/taxonomy';
import { elementRef, type ElementRef } from '@/lib/element-refs';
import { dates } from './dates';

interface ViewTableProps {
  picture: Pick<ViewPicture, 'actors' | 'lines' | 'meetings' | 'claims'>;
  selected: ElementRef | null;
  onSelect: (ref: ElementRef) => void;
}

/** The accessible twin of the canvas: what the view draws — actors, lines, meetings — as tables a keyboard or screen reader can use. */
export function ViewTable({ picture, selected, onSelect }: ViewTableProps) {
  const names = new Map(picture.actors.map((actor) => [actor.id, actor.name]));
  const name = (id: string) => names.get(id) ?? id;
  const tieLines = picture.lines.filter((line) => line.kind !== 'met');
  const meetingLines = picture.lines.filter((line) => line.kind === 'met');
  const selectButton = (ref: ElementRef, label: string) => (
    <button type="button" className="link-button" aria-pressed={selected === ref} onClick={() => onSelect(ref)}>
      {label}
    </button>
  );
  return (
    <section className="view-table" aria-labelledby="view-table-title">
      <h2 id="view-table-title">In this view</h2>
      <p className="view-summary" data-testid="view-table-summary">
        {summarizePicture(picture)}
      </p>
      <table>
        <caption>Actors</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Lines</th>
          </tr>
        </thead>
        <tbody>
          {picture.actors.map((actor) => (
            <tr key={actor.id} data-actor-id={actor.id}>
              <th scope="row">{selectButton(elementRef.actor(actor.id), actor.name)}</th>
              <td>{ACTOR_KIND_LABELS[actor.kind]}</td>
              <td>{actor.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Ties</caption>
        <thead>
          <tr>
            <th scope="col">Tie</th>
            <th scope="col">Type</th>
            <th scope="col">Claims</th>
            <th scope="col">Dates</th>
            <th scope="col">Best source</th>
          </tr>
        </thead>
        <tbody>
          {tieLines.map((line) => (
            <tr key={line.id} data-line-id={line.id}>
              <th scope="row">{selectButton(line.id as ElementRef, lineSentence(line, name))}</th>
              <td>{line.type ? TIE_TYPES[line.type].verb : line.family && FAMILY_LABELS[line.family]}</td>
              <td>{line.count}</td>
              <td>{dates(line.since, line.until)}</td>
              <td>{line.bestReliability ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Meetings</caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">Kind</th>
            <th scope="col">Date</th>
            <th scope="col">Participants</th>
          </tr>
        </thead>
        <tbody>
          {meetingLines.map((line) => (
            <tr key={line.id} data-line-id={line.id}>
              <th scope="row">{selectButton(line.id as ElementRef, lineSentence(line, name))}</th>
              <td>{line.meetingKinds.map((kind) => MEETING_KIND_LABELS[kind]).join(', ')}</td>
              <td>{dates(line.since, line.until)}</td>
              <td>
                {name(line.sourceId)}, {name(line.targetId)}
              </td>
            </tr>
          ))}
          {picture.meetings.map((meeting) => (
            <tr key={meeting.id} data-meeting-id={meeting.id}>
              <th scope="row">{selectButton(elementRef.meeting(meeting.id), meeting.title)}</th>
              <td>{MEETING_KIND_LABELS[meeting.kind]}</td>
              <td>{meeting.date ?? 'undated'}</td>
              <td>{meeting.participants.map((p) => `${name(p.actorId)} (${p.role})`).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
