'use client';

import type { PathValue } from 'react-hook-form';
import { recordPath } from '@/lib/authoring-client';
import { textOrNull } from '@/lib/authoring-forms';
import { sendJson } from '@/lib/api-client';
import type { TieDetails } from '@/lib/graph';
import type { TieRecord } from '@/lib/records';
import { CONFIDENCE_LEVELS, tieInputSchema, tieUpdateSchema } from '@/lib/schemas/tie';
import { describeTie } from '@/lib/taxonomy';
import { ActorPicker, type PickedActor } from './ActorPicker';
import { CitationsField } from './CitationsField';
import type { ValueLine } from './ConflictNotice';
import { DateField } from './DateField';
import { citationBody } from './drafts';
import { SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import styles from './forms.module.css';
import { tieValuesOf, type TieValues } from './tie-values';
import { TieTypeField } from './TieTypeField';
import { useRecordForm, useRecordRows } from './useRecordForm';

const CONFIDENCE_CHOICES = CONFIDENCE_LEVELS.map((level) => ({ value: level, label: level[0]!.toUpperCase() + level.slice(1) }));

/** What an edit may change: the two actors and the citations stay (citations are added on their own). */
function editableOf(values: TieValues) {
  return {
    type: values.type,
    since: textOrNull(values.since),
    until: textOrNull(values.until),
    confidence: values.confidence,
    summary: values.summary,
  };
}

function describe(values: TieValues): ValueLine[] {
  return [
    { label: 'Type', text: values.type },
    { label: 'Since', text: values.since },
    { label: 'Until', text: values.until },
    { label: 'Confidence', text: values.confidence },
    { label: 'Summary', text: values.summary },
  ];
}

interface TieFormProps {
  /** The tie to edit; a new one when absent. */
  details?: TieDetails;
  /** The subject of a new tie, when it is added from an actor. */
  subject?: PickedActor;
  onSaved: (tie: TieRecord) => void;
  onCancel: () => void;
}

/** Creates a sourced tie, or edits one: subject, type (its direction said in words), object, dates, confidence. */
export function TieForm({ details, subject, onSaved, onCancel }: TieFormProps) {
  const editing = details !== undefined;
  const form = useRecordForm<TieValues, { tie: TieRecord }>({
    defaultValues: details ? tieValuesOf({ ...details.tie, summary: details.summary }, details) : tieValuesOf(null, { subject: subject ?? null, object: null }),
    version: details?.version,
    schema: editing ? tieUpdateSchema.shape.changes : tieInputSchema,
    toBody: (values) =>
      editing
        ? editableOf(values)
        : {
            ...editableOf(values),
            subjectId: values.subject?.id ?? '',
            objectId: values.object?.id ?? '',
            citations: values.citations.map(citationBody),
          },
    send: (body, headers) =>
      details
        ? sendJson<{ tie: TieRecord }>('PATCH', recordPath('tie', details.tie.id), body, headers)
        : sendJson<{ tie: TieRecord }>('POST', '/api/ties', body, headers),
    onSaved: (result) => onSaved(result.tie),
    fromCurrent: (current, typed) => {
      const record = current as TieRecord;
      return { values: tieValuesOf(record, typed), version: record.version };
    },
  });
  const { values, errors } = form;
  const citations = useRecordRows(form, 'citations');
  const set =
    <K extends keyof TieValues>(field: K, errorPath?: string) =>
    (value: TieValues[K]) =>
      form.change(field, value as PathValue<TieValues, K>, errorPath);

  return (
    <FormShell form={form} submitLabel={editing ? 'Save changes' : 'Create tie'} onCancel={onCancel} describe={describe}>
      <ActorPicker label="Subject" value={values.subject} onChange={set('subject', 'subjectId')} error={errors.subjectId} fixed={editing} />
      <TieTypeField value={values.type} onChange={set('type')} error={errors.type} />
      <ActorPicker label="Object" value={values.object} onChange={set('object', 'objectId')} error={errors.objectId} fixed={editing} />
      <p className={styles.sentence} aria-live="polite" data-testid="tie-sentence">
        {values.type
          ? describeTie(values.subject?.name ?? 'the subject', values.type, values.object?.name ?? 'the object')
          : 'Choose a type to read the tie in words.'}
      </p>
      <div className={styles.row}>
        <DateField label="Since" value={values.since} onChange={set('since')} error={errors.since} emptyMeans="empty when not known" />
        <DateField label="Until" value={values.until} onChange={set('until')} error={errors.until} emptyMeans="empty when ongoing or not known" />
      </div>
      <SelectField label="Confidence" value={values.confidence} onChange={set('confidence')} choices={CONFIDENCE_CHOICES} error={errors.confidence} />
      <TextField label="Summary" optional multiline value={values.summary} onChange={set('summary')} error={errors.summary} maxLength={5000} />
      {!editing && <CitationsField rows={citations} value={values.citations} errors={errors} />}
    </FormShell>
  );
}
