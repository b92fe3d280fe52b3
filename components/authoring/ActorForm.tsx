'use client';

import type { PathValue } from 'react-hook-form';
import { recordPath } from '@/lib/authoring-client';
import { sendJson } from '@/lib/api-client';
import type { ActorDetails } from '@/lib/graph';
import type { ActorRecord } from '@/lib/records';
import { ACTOR_KIND_LABELS, ACTOR_KINDS, actorInputSchema, actorUpdateSchema } from '@/lib/schemas/actor';
import { actorValuesOf, type ActorValues } from './actor-values';
import { AliasesField } from './AliasesField';
import type { ValueLine } from './ConflictNotice';
import { CountryField } from './CountryField';
import { choicesOf, SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import styles from './forms.module.css';
import { SimilarActors } from './SimilarActors';
import { useRecordForm, useRecordRows } from './useRecordForm';

function bodyOf(values: ActorValues) {
  return { ...values, aliases: values.aliases.map((alias) => alias.text) };
}

function describe(values: ActorValues): ValueLine[] {
  return [
    { label: 'Name', text: values.name },
    { label: 'Kind', text: values.kind ? ACTOR_KIND_LABELS[values.kind] : '' },
    { label: 'Aliases', text: values.aliases.map((alias) => alias.text).join(' · ') },
    { label: 'Description', text: values.description },
    { label: 'Country', text: values.country },
    { label: 'Wikidata id', text: values.wikidataId },
  ];
}

interface ActorFormProps {
  /** The actor to edit; a new one when absent. */
  actor?: ActorDetails;
  onSaved: (actor: ActorRecord) => void;
  onUseExisting: (actor: { id: string; name: string }) => void;
  onCancel: () => void;
}

/** Creates or edits an actor, warning of possible duplicates while the name and aliases are typed. */
export function ActorForm({ actor, onSaved, onUseExisting, onCancel }: ActorFormProps) {
  const form = useRecordForm<ActorValues, { actor: ActorRecord }>({
    defaultValues: actorValuesOf(actor ?? null),
    version: actor?.version,
    schema: actor ? actorUpdateSchema.shape.changes : actorInputSchema,
    toBody: bodyOf,
    send: (body, headers) =>
      actor
        ? sendJson<{ actor: ActorRecord }>('PATCH', recordPath('actor', actor.id), body, headers)
        : sendJson<{ actor: ActorRecord }>('POST', '/api/actors', body, headers),
    onSaved: (result) => onSaved(result.actor),
    fromCurrent: (current) => {
      const record = current as ActorRecord;
      return { values: actorValuesOf(record), version: record.version };
    },
  });
  const { values, errors } = form;
  const aliases = useRecordRows(form, 'aliases');
  const set = <K extends keyof ActorValues>(field: K) => (value: ActorValues[K]) => form.change(field, value as PathValue<ActorValues, K>);

  return (
    <FormShell form={form} submitLabel={actor ? 'Save changes' : 'Create actor'} onCancel={onCancel} describe={describe}>
      <TextField label="Name" value={values.name} onChange={set('name')} error={errors.name} maxLength={300} />
      <AliasesField rows={aliases} value={values.aliases} errors={errors} />
      <SimilarActors
        name={values.name}
        aliases={values.aliases.map((alias) => alias.text)}
        excludeId={actor?.id}
        onUse={onUseExisting}
      />
      <SelectField
        label="Kind"
        value={values.kind}
        onChange={set('kind')}
        choices={choicesOf(ACTOR_KINDS, ACTOR_KIND_LABELS)}
        placeholder="Choose a kind…"
        error={errors.kind}
      />
      <TextField label="Description" optional multiline value={values.description} onChange={set('description')} error={errors.description} maxLength={5000} />
      <div className={styles.row}>
        <CountryField value={values.country} onChange={set('country')} error={errors.country} />
        <TextField label="Wikidata id" optional value={values.wikidataId} onChange={set('wikidataId')} error={errors.wikidataId} hint="e.g. Q43" maxLength={20} />
      </div>
    </FormShell>
  );
}
