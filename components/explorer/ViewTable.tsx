import type { GraphData } from '@/lib/graph';
import { ACTOR_KIND_LABELS } from '@/lib/schemas/actor';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { describeRelation } from '@/lib/taxonomy';
import type { ElementRef } from '@/lib/view-state';
import { summarizeView } from './view-summary';

function dateRange(since: string | null, until: string | null): string {
  if (!since && !until) return 'undated';
  return `${since ?? '…'} – ${until ?? '…'}`;
}

interface ViewTableProps {
  graph: GraphData;
  selected: ElementRef | null;
  onSelect: (ref: ElementRef) => void;
}

/** The accessible twin of the canvas: what the view shows, as tables a keyboard or screen reader can use. */
export function ViewTable({ graph, selected, onSelect }: ViewTableProps) {
  const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
  const name = (id: string) => names.get(id) ?? id;
  const selectButton = (ref: ElementRef, label: string) => (
    <button type="button" className="link-button" aria-pressed={selected === ref} onClick={() => onSelect(ref)}>
      {label}
    </button>
  );
  return (
    <section className="view-table" aria-labelledby="view-table-title">
      <h2 id="view-table-title">In this view</h2>
      <p className="view-summary" data-testid="view-table-summary">
        {summarizeView(graph)}
      </p>
      <table>
        <caption>Actors</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {graph.actors.map((actor) => (
            <tr key={actor.id} data-actor-id={actor.id}>
              <th scope="row">{selectButton(`actor:${actor.id}`, actor.name)}</th>
              <td>{ACTOR_KIND_LABELS[actor.kind]}</td>
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
            <th scope="col">Dates</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {graph.ties.map((tie) => (
            <tr key={tie.id} data-tie-id={tie.id}>
              <th scope="row">{selectButton(`tie:${tie.id}`, describeRelation(name(tie.subjectId), tie.type, name(tie.objectId)))}</th>
              <td>{tie.type}</td>
              <td>{dateRange(tie.since, tie.until)}</td>
              <td>{tie.citationCount}</td>
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
          {graph.meetings.map((meeting) => (
            <tr key={meeting.id} data-meeting-id={meeting.id}>
              <th scope="row">{selectButton(`meeting:${meeting.id}`, meeting.title)}</th>
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
