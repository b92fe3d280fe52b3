'use client';

import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { actorProfileQuery, meetingDetailsQuery, tieDetailsQuery } from '@/lib/api-client';
import { StatusMessage } from '../StatusMessage';
import { ActorForm } from './ActorForm';
import { AddCitationForm } from './AddCitationForm';
import { DeleteRecord } from './DeleteRecord';
import { FormDialog } from './FormDialog';
import { HistoryView } from './HistoryView';
import { MeetingForm } from './MeetingForm';
import { TieForm } from './TieForm';
import type { AuthoringOutcome, AuthoringTask } from './tasks';
import { elementRef } from '@/lib/element-refs';

interface AuthoringDialogsProps {
  task: AuthoringTask | null;
  onClose: () => void;
  /** Called after a write, once the caches it touched are invalidated (each write's mutation does that). */
  onDone: (outcome: AuthoringOutcome) => void;
}

/** The one dialog of the authoring task at hand, wired to the caches and to what the explorer shows next. */
export function AuthoringDialogs({ task, onClose, onDone }: AuthoringDialogsProps) {
  if (!task) return null;

  switch (task.kind) {
    case 'new-actor':
      return (
        <FormDialog title="New actor" onClose={onClose}>
          <ActorForm
            onSaved={(actor) => onDone({ kind: 'show', select: elementRef.actor(actor.id), actorIds: [actor.id] })}
            onUseExisting={(actor) => onDone({ kind: 'show', select: elementRef.actor(actor.id), actorIds: [actor.id] })}
            onCancel={onClose}
          />
        </FormDialog>
      );
    case 'edit-actor':
      return (
        <FormDialog title="Edit actor" onClose={onClose}>
          <Loaded query={actorProfileQuery(task.id)} what="the actor">
            {(profile) => (
              <ActorForm
                actor={profile.actor}
                onSaved={(actor) => onDone({ kind: 'show', select: elementRef.actor(actor.id), actorIds: [actor.id] })}
                onUseExisting={(actor) => onDone({ kind: 'show', select: elementRef.actor(actor.id), actorIds: [actor.id] })}
                onCancel={onClose}
              />
            )}
          </Loaded>
        </FormDialog>
      );
    case 'new-tie':
      return (
        <FormDialog title={task.subject ? `New tie from ${task.subject.name}` : 'New tie'} onClose={onClose}>
          <TieForm
            subject={task.subject}
            onSaved={(tie) => onDone({ kind: 'show', select: elementRef.tie(tie.id), actorIds: [tie.subjectId, tie.objectId] })}
            onCancel={onClose}
          />
        </FormDialog>
      );
    case 'edit-tie':
      return (
        <FormDialog title="Edit tie" onClose={onClose}>
          <Loaded query={tieDetailsQuery(task.id)} what="the tie">
            {(details) => (
              <TieForm
                details={details}
                onSaved={(tie) => onDone({ kind: 'show', select: elementRef.tie(tie.id), actorIds: [tie.subjectId, tie.objectId] })}
                onCancel={onClose}
              />
            )}
          </Loaded>
        </FormDialog>
      );
    case 'new-meeting':
      return (
        <FormDialog title="New meeting" onClose={onClose}>
          <MeetingForm
            onSaved={(meeting) => onDone({ kind: 'show', select: elementRef.meeting(meeting.id), actorIds: meeting.participants.map((p) => p.actorId) })}
            onCancel={onClose}
          />
        </FormDialog>
      );
    case 'edit-meeting':
      return (
        <FormDialog title="Edit meeting" onClose={onClose}>
          <Loaded query={meetingDetailsQuery(task.id)} what="the meeting">
            {(details) => (
              <MeetingForm
                details={details}
                onSaved={(meeting) => onDone({ kind: 'show', select: elementRef.meeting(meeting.id), actorIds: meeting.participants.map((p) => p.actorId) })}
                onCancel={onClose}
              />
            )}
          </Loaded>
        </FormDialog>
      );
    case 'add-citation':
      return (
        <FormDialog title={`Add a citation to “${task.name}”`} onClose={onClose}>
          <AddCitationForm
            record={task.record}
            id={task.id}
            onSaved={() => onDone({ kind: 'show', select: `${task.record === 'tie' ? 'tie' : 'meeting'}:${task.id}`, actorIds: [] })}
            onCancel={onClose}
          />
        </FormDialog>
      );
    case 'delete':
      return (
        <FormDialog title={`Delete “${task.name}”`} onClose={onClose}>
          <DeleteRecord
            record={task.record}
            id={task.id}
            name={task.name}
            version={task.version}
            onDeleted={() => onDone({ kind: 'deleted', ref: `${task.record === 'tie' ? 'tie' : task.record}:${task.id}` })}
            onCancel={onClose}
          />
        </FormDialog>
      );
    case 'history':
      return (
        <FormDialog title={`History of “${task.name}”`} onClose={onClose}>
          <HistoryView record={task.record} id={task.id} />
        </FormDialog>
      );
  }
}

interface LoadedProps<T, K extends QueryKey> {
  query: UseQueryOptions<T, Error, T, K>;
  what: string;
  children: (data: T) => ReactNode;
}

/**
 * The record an edit form opens on, fetched afresh (not from the cache), so that the version the form sends back
 * is the one the analyst sees.
 */
function Loaded<T, K extends QueryKey>({ query, what, children }: LoadedProps<T, K>) {
  const result = useQuery({ ...query, refetchOnMount: 'always' });
  if (result.isError) return <StatusMessage kind="error">{result.error.message}</StatusMessage>;
  if (!result.isFetchedAfterMount || result.data === undefined) return <StatusMessage kind="loading">Loading {what}…</StatusMessage>;
  return <>{children(result.data)}</>;
}
