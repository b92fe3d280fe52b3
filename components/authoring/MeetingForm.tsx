'use client';

import type { PathValue } from 'react-hook-form';
import { recordPath } from '@/lib/authoring-client';
import { textOrNull } from '@/lib/authoring-forms';
import { sendJson } from '@/lib/api-client';
import type { MeetingDetails } from '@/lib/graph';
import type { MeetingRecord } from '@/lib/records';
import { MEETING_KIND_LABELS, MEETING_KINDS, meetingInputSchema, meetingUpdateSchema } from '@/lib/schemas/meeting';
import { CitationsField } from './CitationsField';
import type { ValueLine } from './ConflictNotice';
import { DateField } from './DateField';
import { citationBody } from './drafts';
import { choicesOf, SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import styles from './forms.module.css';
import { meetingValuesOf, type MeetingValues } from './meeting-values';
import { ParticipantsField } from './ParticipantsField';
import { useRecordForm, useRecordRows } from './useRecordForm';

/** What an edit may change: all but the citations (they are added on their own). */
function editableOf(values: MeetingValues) {
  return {
    title: values.title,
    kind: values.kind,
    date: textOrNull(values.date),
    location: textOrNull(values.location),
    summary: values.summary,
    participants: values.participants.map((row) => ({ actorId: row.actor?.id ?? '', role: row.role })),
  };
}

function describe(values: MeetingValues): ValueLine[] {
  return [
    { label: 'Title', text: values.title },
    { label: 'Kind', text: values.kind ? MEETING_KIND_LABELS[values.kind] : '' },
    { label: 'Date', text: values.date },
    { label: 'Location', text: values.location },
    { label: 'Summary', text: values.summary },
    { label: 'Participants', text: values.participants.map((row) => `${row.actor?.name ?? '—'} (${row.role})`).join(', ') },
  ];
}

interface MeetingFormProps {
  /** The meeting to edit; a new one when absent. */
  details?: MeetingDetails;
  onSaved: (meeting: MeetingRecord) => void;
  onCancel: () => void;
}

/** Creates a sourced meeting, or edits one: title, kind, date (or unknown), place, participants with roles. */
export function MeetingForm({ details, onSaved, onCancel }: MeetingFormProps) {
  const editing = details !== undefined;
  const form = useRecordForm<MeetingValues, { meeting: MeetingRecord }>({
    defaultValues: details
      ? meetingValuesOf(
          { ...details.meeting, location: details.location, summary: details.summary, participants: details.participants },
          details.participants.map((participant) => ({ id: participant.actorId, name: participant.name })),
        )
      : meetingValuesOf(null),
    version: details?.version,
    schema: editing ? meetingUpdateSchema.shape.changes : meetingInputSchema,
    toBody: (values) => (editing ? editableOf(values) : { ...editableOf(values), citations: values.citations.map(citationBody) }),
    send: (body, headers) =>
      details
        ? sendJson<{ meeting: MeetingRecord }>('PATCH', recordPath('meeting', details.meeting.id), body, headers)
        : sendJson<{ meeting: MeetingRecord }>('POST', '/api/meetings', body, headers),
    onSaved: (result) => onSaved(result.meeting),
    fromCurrent: (current, typed) => {
      const record = current as MeetingRecord;
      // The record names participants by id: keep the names the form knows.
      const named = typed.participants.flatMap((row) => (row.actor ? [row.actor] : []));
      return { values: meetingValuesOf(record, named), version: record.version };
    },
  });
  const { values, errors } = form;
  const participants = useRecordRows(form, 'participants');
  const citations = useRecordRows(form, 'citations');
  const set = <K extends keyof MeetingValues>(field: K) => (value: MeetingValues[K]) => form.change(field, value as PathValue<MeetingValues, K>);

  return (
    <FormShell form={form} submitLabel={editing ? 'Save changes' : 'Create meeting'} onCancel={onCancel} describe={describe}>
      <TextField label="Title" value={values.title} onChange={set('title')} error={errors.title} maxLength={300} />
      <div className={styles.row}>
        <SelectField
          label="Kind"
          value={values.kind}
          onChange={set('kind')}
          choices={choicesOf(MEETING_KINDS, MEETING_KIND_LABELS)}
          placeholder="Choose a kind…"
          error={errors.kind}
        />
        <DateField label="Date" value={values.date} onChange={set('date')} error={errors.date} emptyMeans="empty when the source gives no date" />
      </div>
      <TextField label="Location" optional value={values.location} onChange={set('location')} error={errors.location} maxLength={300} />
      <ParticipantsField rows={participants} value={values.participants} errors={errors} />
      <TextField label="Summary" optional multiline value={values.summary} onChange={set('summary')} error={errors.summary} maxLength={5000} />
      {!editing && <CitationsField rows={citations} value={values.citations} errors={errors} />}
    </FormShell>
  );
}
