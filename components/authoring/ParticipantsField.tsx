'use client';

import type { FieldErrors } from '@/lib/authoring-forms';
import { PARTICIPANT_ROLES, type ParticipantRole } from '@/lib/schemas/meeting';
import { ActorPicker } from './ActorPicker';
import { emptyParticipant, type ParticipantDraft } from './drafts';
import { FieldError, SelectField } from './Field';
import styles from './forms.module.css';

const ROLE_LABELS: Record<ParticipantRole, string> = {
  host: 'Host',
  mediator: 'Mediator',
  party: 'Party',
  observer: 'Observer',
  participant: 'Participant (capacity not stated)',
};
const ROLE_CHOICES = PARTICIPANT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Who took part in a meeting, each with a role: two or more rows to add to and remove from. */
export function ParticipantsField({ value, onChange, errors }: { value: ParticipantDraft[]; onChange: (value: ParticipantDraft[]) => void; errors: FieldErrors }) {
  const replace = (key: string, change: Partial<ParticipantDraft>) => onChange(value.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset className={styles.group}>
      <legend>Participants</legend>
      {value.map((row, index) => (
        <div key={row.key} className={styles.row} role="group" aria-label={`Participant ${index + 1}`}>
          <ActorPicker label={`Participant ${index + 1}`} value={row.actor} onChange={(actor) => replace(row.key, { actor })} error={errors[`participants.${index}.actorId`]} />
          <SelectField
            label={`Role of participant ${index + 1}`}
            value={row.role}
            onChange={(role) => replace(row.key, { role })}
            choices={ROLE_CHOICES}
            error={errors[`participants.${index}.role`]}
          />
          {value.length > 2 && (
            <div className={styles.actions}>
              <button type="button" onClick={() => onChange(value.filter((item) => item.key !== row.key))}>
                Remove participant {index + 1}
              </button>
            </div>
          )}
        </div>
      ))}
      <FieldError error={errors.participants} />
      <div className={styles.actions}>
        <button type="button" onClick={() => onChange([...value, emptyParticipant()])}>
          Add a participant
        </button>
      </div>
    </fieldset>
  );
}
