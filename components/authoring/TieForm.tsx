'use client';

import { recordPath } from '@/lib/authoring-client';
import { changedFields, textOrNull } from '@/lib/authoring-forms';
import { sendJson } from '@/lib/api-client';
import type { TieDetails } from '@/lib/graph';
import type { TieRecord } from '@/lib/records';
import { CONFIDENCE_LEVELS, type Confidence, tieInputSchema, tieUpdateSchema } from '@/lib/schemas/tie';
import { describeTie, type TieType } from '@/lib/taxonomy';
import { ActorPicker, type PickedActor } from './ActorPicker';
import { CitationsField } from './CitationsField';
import type { ValueLine } from './ConflictNotice';
import { DateField } from './DateField';
import { citationBody, emptyCitation, type CitationDraft } from './drafts';
import { SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import styles from './forms.module.css';
import { TieTypeField } from './TieTypeField';
import { useRecordForm } from './useRecordForm';

interface TieValues {
  subject: PickedActor | null;
  object: PickedActor | null;
  type: TieType | '';
  since: string;
  until: string;
  confidence: Confidence;
  summary: string;
  citations: CitationDraft[];
}

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

function initialValues(details: TieDetails | undefined, subject: PickedActor | undefined): TieValues {
  if (!details) {
    return { subject: subject ?? null, object: null, type: '', since: '', until: '', confidence: 'moderate', summary: '', citations: [emptyCitation()] };
  }
  const { tie } = details;
  return {
    subject: details.subject,
    object: details.object,
    type: tie.type,
    since: tie.since ?? '',
    until: tie.until ?? '',
    confidence: tie.confidence,
    summary: details.summary,
    citations: [],
  };
}

/** Creates a sourced tie, or edits one: subject, type (its direction said in words), object, dates, confidence. */
export function TieForm({ details, subject, onSaved, onCancel }: TieFormProps) {
  const editing = details !== undefined;
  const form = useRecordForm<TieValues, unknown, { tie: TieRecord }>({
    initial: initialValues(details, subject),
    version: details?.version,
    schema: editing ? tieUpdateSchema : tieInputSchema,
    build: (values, version, baseline) => {
      if (!editing) {
        return {
          ...editableOf(values),
          subjectId: values.subject?.id ?? '',
          objectId: values.object?.id ?? '',
          citations: values.citations.map(citationBody),
        };
      }
      const changes = changedFields(editableOf(baseline), editableOf(values));
      return Object.keys(changes).length ? { version, changes } : null;
    },
    send: (body, headers) =>
      details
        ? sendJson<{ tie: TieRecord }>('PATCH', recordPath('tie', details.tie.id), body, headers)
        : sendJson<{ tie: TieRecord }>('POST', '/api/ties', body, headers),
    onSaved: (result) => onSaved(result.tie),
    fromCurrent: (current, typed) => {
      const record = current as TieRecord;
      return {
        values: {
          ...typed,
          type: record.type,
          since: record.since ?? '',
          until: record.until ?? '',
          confidence: record.confidence,
          summary: record.summary,
        },
        version: record.version,
      };
    },
  });
  const { values, errors } = form;
  const set = <K extends keyof TieValues>(field: K) => (value: TieValues[K]) => form.update((current) => ({ ...current, [field]: value }));

  return (
    <FormShell form={form} submitLabel={editing ? 'Save changes' : 'Create tie'} onCancel={onCancel} describe={describe}>
      <ActorPicker label="Subject" value={values.subject} onChange={set('subject')} error={errors.subjectId} fixed={editing} />
      <TieTypeField value={values.type} onChange={set('type')} error={errors.type} />
      <ActorPicker label="Object" value={values.object} onChange={set('object')} error={errors.objectId} fixed={editing} />
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
      {!editing && <CitationsField value={values.citations} onChange={set('citations')} errors={errors} />}
    </FormShell>
  );
}
