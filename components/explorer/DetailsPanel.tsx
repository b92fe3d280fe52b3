'use client';

import { useQuery } from '@tanstack/react-query';
import { actorProfileQuery, meetingDetailsQuery, tieDetailsQuery } from '@/lib/api-client';
import type { ActorTie, GraphTie } from '@/lib/graph';
import { ACTOR_KIND_LABELS } from '@/lib/schemas/actor';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { describeTie, familiesConflict, FAMILY_LABELS, TIE_TYPES, type TieType } from '@/lib/taxonomy';
import { elementRef, isLineRef, type ElementRef } from '@/lib/element-refs';
import type { ViewState } from '@/lib/view-state';
import type { AuthoringTask } from '../authoring/tasks';
import { usePermissions } from '../authoring/usePermissions';
import { StatusMessage } from '../StatusMessage';
import { CitationList } from './CitationList';
import { dates } from './dates';
import { DetailsHeading } from './details-focus';
import { ExpandControls } from './ExpandControls';
import { LineDetails } from './LineDetails';

export interface DetailsActions {
  /** Selects an element, adding the actors it needs to the view; `line` is the folded line it was opened from. */
  select: (ref: ElementRef, actorIds: string[], line?: ElementRef) => void;
  addActors: (actorIds: string[]) => void;
  focusOn: (actorId: string, neighbourIds: string[]) => void;
  removeActor: (actorId: string) => void;
  hide: (ref: ElementRef) => void;
  pathFrom: (actorId: string) => void;
  /** Opens an authoring dialog: a form, a delete confirmation or a history. */
  author: (task: AuthoringTask) => void;
  /** The actors the view shows now. */
  inView: ReadonlySet<string>;
}

interface RecordActionsProps {
  /** What this record can be given: "Add a tie from this actor", "Add a citation". */
  add: { label: string; task: AuthoringTask };
  edit: AuthoringTask;
  remove: AuthoringTask;
  history: AuthoringTask;
  author: DetailsActions['author'];
}

/** Add, Edit and Delete (editors) and History (admins) for the record on show; each opens its dialog. */
function RecordActions({ add, edit, remove, history, author }: RecordActionsProps) {
  const can = usePermissions();
  if (!can.write && !can.administer) return null;
  return (
    <div className="button-row" role="group" aria-label="Change this record">
      {can.write && (
        <>
          <button type="button" onClick={() => author(add.task)}>
            {add.label}
          </button>
          <button type="button" onClick={() => author(edit)}>
            Edit
          </button>
          <button type="button" onClick={() => author(remove)}>
            Delete
          </button>
        </>
      )}
      {can.administer && (
        <button type="button" onClick={() => author(history)}>
          History
        </button>
      )}
    </div>
  );
}

function parseRef(ref: ElementRef): { kind: string; id: string } {
  const separator = ref.indexOf(':');
  return { kind: ref.slice(0, separator), id: ref.slice(separator + 1) };
}

/** What is known of the selected actor, line, tie or meeting, down to the quotes that back it. */
export function DetailsPanel({ selected, view, actions }: { selected: ElementRef | null; view: ViewState; actions: DetailsActions }) {
  if (!selected) {
    return <p className="muted hint">Select an actor, a line or a meeting in the graph or the table to see what backs it.</p>;
  }
  if (isLineRef(selected)) return <LineDetails key={selected} lineRef={selected} view={view} actions={actions} />;
  const { kind, id } = parseRef(selected);
  if (kind === 'actor') return <ActorDetails key={id} id={id} actions={actions} />;
  if (kind === 'tie') return <TieDetails key={id} id={id} actions={actions} />;
  return <MeetingDetailsView key={id} id={id} actions={actions} />;
}

function groupByType(ties: ActorTie[]): [TieType, ActorTie[]][] {
  const groups = new Map<TieType, ActorTie[]>();
  for (const tie of ties) groups.set(tie.type, [...(groups.get(tie.type) ?? []), tie]);
  return [...groups];
}

function ActorDetails({ id, actions }: { id: string; actions: DetailsActions }) {
  const { data, error, isPending } = useQuery(actorProfileQuery(id));
  if (isPending) return <StatusMessage kind="loading">Loading the actor…</StatusMessage>;
  if (error) return <StatusMessage kind="error">{error.message}</StatusMessage>;
  const { actor, ties, tieCount, meetings, meetingCount } = data;
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">{ACTOR_KIND_LABELS[actor.kind]}</p>
      <DetailsHeading>{actor.name}</DetailsHeading>
      {actor.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also: </span>
          {actor.aliases.join(' · ')}
        </p>
      )}
      {actor.description && <p>{actor.description}</p>}
      <dl className="facts">
        {actor.country && (
          <>
            <dt>Country</dt>
            <dd>{actor.country}</dd>
          </>
        )}
        {actor.wikidataId && (
          <>
            <dt>Wikidata</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${actor.wikidataId}`} target="_blank" rel="noopener noreferrer nofollow">
                {actor.wikidataId}
              </a>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="actor-ties-title">
        <h3 id="actor-ties-title">Ties ({tieCount.toLocaleString('en')})</h3>
        {ties.length === 0 && <p className="muted">No ties recorded.</p>}
        {groupByType(ties).map(([type, group]) => (
          <div key={type} className="tie-group">
            <h4>{TIE_TYPES[type].verb}</h4>
            <ul>
              {group.map((tie) => (
                <li key={tie.id}>
                  <button type="button" className="link-button" onClick={() => actions.select(elementRef.tie(tie.id), [actor.id, tie.other.id])}>
                    {tie.direction === 'out'
                      ? describeTie(actor.name, tie.type, tie.other.name, tie.cameoCode)
                      : describeTie(tie.other.name, tie.type, actor.name, tie.cameoCode)}
                  </button>{' '}
                  <span className="muted">
                    {dates(tie.since, tie.until)} · {tie.citationCount} {tie.citationCount === 1 ? 'citation' : 'citations'}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <ListedOf shown={ties.length} total={tieCount} noun="ties" order="by type and date" />
      </section>
      <section aria-labelledby="actor-meetings-title">
        <h3 id="actor-meetings-title">Meetings ({meetingCount.toLocaleString('en')})</h3>
        {meetings.length === 0 && <p className="muted">No meetings recorded.</p>}
        <ol className="meeting-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <span className="date">{meeting.date ?? 'undated'}</span>{' '}
              <button type="button" className="link-button" onClick={() => actions.select(elementRef.meeting(meeting.id), [actor.id])}>
                {meeting.title}
              </button>{' '}
              <span className="muted">
                {MEETING_KIND_LABELS[meeting.kind]} · {meeting.role} · {meeting.participantCount} participants
              </span>
            </li>
          ))}
        </ol>
        <ListedOf shown={meetings.length} total={meetingCount} noun="meetings" order="by date" />
      </section>
      <RecordActions
        add={{ label: 'Add a tie from this actor', task: { kind: 'new-tie', subject: { id: actor.id, name: actor.name } } }}
        edit={{ kind: 'edit-actor', id: actor.id }}
        remove={{ kind: 'delete', record: 'actor', id: actor.id, name: actor.name, version: actor.version }}
        history={{ kind: 'history', record: 'actor', id: actor.id, name: actor.name }}
        author={actions.author}
      />
      <div className="button-row">
        <button type="button" onClick={() => actions.pathFrom(actor.id)}>
          Find paths from here
        </button>
        <button type="button" onClick={() => actions.removeActor(actor.id)}>
          Remove from view
        </button>
      </div>
      <ExpandControls
        actorId={actor.id}
        actorName={actor.name}
        inView={actions.inView}
        onAdd={(ids) => actions.addActors(ids)}
        onFocus={(ids) => actions.focusOn(actor.id, ids)}
      />
    </article>
  );
}

/** Says when a hub's list was cut, and where to see the rest. */
function ListedOf({ shown, total, noun, order }: { shown: number; total: number; noun: string; order: string }) {
  if (shown >= total) return null;
  return (
    <p className="muted">
      The first {shown} of {total.toLocaleString('en')} {noun}, {order}. Expand this actor to explore the others on the graph.
    </p>
  );
}

function ClaimLine({ tie, names }: { tie: GraphTie; names: Map<string, string> }) {
  return (
    <>
      <span className={`family family-${tie.family}`}>{FAMILY_LABELS[tie.family]}</span>{' '}
      {describeTie(names.get(tie.subjectId) ?? tie.subjectId, tie.type, names.get(tie.objectId) ?? tie.objectId, tie.cameoCode)}{' '}
      <span className="muted">
        ({dates(tie.since, tie.until)}, {tie.confidence} confidence)
      </span>
    </>
  );
}

function TieDetails({ id, actions }: { id: string; actions: DetailsActions }) {
  const { data, error, isPending } = useQuery(tieDetailsQuery(id));
  if (isPending) return <StatusMessage kind="loading">Loading the tie…</StatusMessage>;
  if (error) return <StatusMessage kind="error">{error.message}</StatusMessage>;
  const { tie, subject, object, summary, citations, samePair, version } = data;
  const title = describeTie(subject.name, tie.type, object.name, tie.cameoCode);
  const names = new Map([
    [subject.id, subject.name],
    [object.id, object.name],
  ]);
  const conflicting = samePair.filter((other) => familiesConflict(other.family, tie.family));
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        Tie · {tie.type} · <span className={`family family-${tie.family}`}>{FAMILY_LABELS[tie.family]}</span>
      </p>
      <DetailsHeading>{title}</DetailsHeading>
      <p className="muted">{TIE_TYPES[tie.type].definition}</p>
      <dl className="facts">
        <dt>Dates</dt>
        <dd>{dates(tie.since, tie.until)}</dd>
        <dt>Confidence</dt>
        <dd>{tie.confidence}</dd>
      </dl>
      {summary && <p>{summary}</p>}
      <section aria-labelledby="tie-citations-title">
        <h3 id="tie-citations-title">Citations ({citations.length})</h3>
        <CitationList citations={citations} />
      </section>
      <div className="button-row">
        <button type="button" onClick={() => actions.select(elementRef.actor(subject.id), [subject.id])}>
          {subject.name}
        </button>
        <button type="button" onClick={() => actions.select(elementRef.actor(object.id), [object.id])}>
          {object.name}
        </button>
        <button type="button" onClick={() => actions.hide(elementRef.tie(tie.id))}>
          Hide this tie
        </button>
      </div>
      <RecordActions
        add={{ label: 'Add a citation', task: { kind: 'add-citation', record: 'tie', id: tie.id, name: title } }}
        edit={{ kind: 'edit-tie', id: tie.id }}
        remove={{ kind: 'delete', record: 'tie', id: tie.id, name: title, version }}
        history={{ kind: 'history', record: 'tie', id: tie.id, name: title }}
        author={actions.author}
      />
      {samePair.length > 0 && (
        <section aria-labelledby="same-pair-title" className={conflicting.length ? 'same-pair conflicting' : 'same-pair'}>
          <h3 id="same-pair-title">{conflicting.length ? 'Conflicting claims about this pair' : 'Other claims about this pair'}</h3>
          <div className="side-by-side">
            <div className="claim">
              <p className="eyebrow">This claim</p>
              <ClaimLine tie={tie} names={names} />
            </div>
            {samePair.map((other) => (
              <div key={other.id} className="claim">
                <p className="eyebrow">{familiesConflict(other.family, tie.family) ? 'Conflicting claim' : 'Also claimed'}</p>
                <ClaimLine tie={other} names={names} />
                <button type="button" className="link-button" onClick={() => actions.select(elementRef.tie(other.id), [subject.id, object.id])}>
                  See its citations
                </button>
              </div>
            ))}
          </div>
        </section>
      )}
    </article>
  );
}

function MeetingDetailsView({ id, actions }: { id: string; actions: DetailsActions }) {
  const { data, error, isPending } = useQuery(meetingDetailsQuery(id));
  if (isPending) return <StatusMessage kind="loading">Loading the meeting…</StatusMessage>;
  if (error) return <StatusMessage kind="error">{error.message}</StatusMessage>;
  const { meeting, location, summary, participants, citations, version } = data;
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">Meeting · {MEETING_KIND_LABELS[meeting.kind]}</p>
      <DetailsHeading>{meeting.title}</DetailsHeading>
      <dl className="facts">
        <dt>Date</dt>
        <dd>{meeting.date ?? 'undated (the source gives no date)'}</dd>
        <dt>Place</dt>
        <dd>{location ?? 'not stated'}</dd>
      </dl>
      {summary && <p>{summary}</p>}
      <section aria-labelledby="participants-title">
        <h3 id="participants-title">Participants ({participants.length})</h3>
        <ul>
          {participants.map((participant) => (
            <li key={participant.actorId}>
              <button type="button" className="link-button" onClick={() => actions.select(elementRef.actor(participant.actorId), [participant.actorId])}>
                {participant.name}
              </button>{' '}
              <span className="muted">
                {participant.role} · {ACTOR_KIND_LABELS[participant.kind]}
              </span>
            </li>
          ))}
        </ul>
        <div className="button-row">
          <button type="button" onClick={() => actions.addActors(participants.map((participant) => participant.actorId))}>
            Add all participants to the view
          </button>
          <button type="button" onClick={() => actions.hide(elementRef.meeting(meeting.id))}>
            Hide this meeting
          </button>
        </div>
      </section>
      <RecordActions
        add={{ label: 'Add a citation', task: { kind: 'add-citation', record: 'meeting', id: meeting.id, name: meeting.title } }}
        edit={{ kind: 'edit-meeting', id: meeting.id }}
        remove={{ kind: 'delete', record: 'meeting', id: meeting.id, name: meeting.title, version }}
        history={{ kind: 'history', record: 'meeting', id: meeting.id, name: meeting.title }}
        author={actions.author}
      />
      <section aria-labelledby="meeting-citations-title">
        <h3 id="meeting-citations-title">Citations ({citations.length})</h3>
        <CitationList citations={citations} />
      </section>
    </article>
  );
}
