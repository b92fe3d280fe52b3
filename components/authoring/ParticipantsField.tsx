'use client';

import type { FieldErrors } from '@/lib/authoring-forms';
import { PARTICIPANT_ROLES, type ParticipantRole } from '@/lib/schemas/meeting';
import { ActorPicker } from './ActorPicker';
import { emptyParticipant, type ParticipantDraft } from './drafts';
import { FieldError, SelectField } from './Field';
import styles from './forms.module.css';
import type { RecordRows } from './useRecordForm';

const ROLE_LABELS: Record<ParticipantRole, string> = {
  host: 'Host',
  mediator: 'Mediator',
  party: 'Party',
  observer: 'Observer',
  participant: 'Participant (capacity not stated)',
};
const ROLE_CHOICES = PARTICIPANT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Who took part in a meeting, each with a role: two or more rows to add to and remove from. */
export function ParticipantsField({ rows, value, errors }: { rows: RecordRows<ParticipantDraft>; value: ParticipantDraft[]; errors: FieldErrors }) {
  return (
    <fieldset className={styles.group}>
      <legend>Participants</legend>
      {value.map((row, index) => (
        <div key={rows.ids[index]} className={styles.row} role="group" aria-label={`Participant ${index + 1}`}>
          <ActorPicker label={`Participant ${index + 1}`} value={row.actor} onChange={(actor) => rows.set(index, 'actor', actor)} error={errors[`participants.${index}.actorId`]} />
          <SelectField
            label={`Role of participant ${index + 1}`}
            value={row.role}
            onChange={(role) => rows.set(index, 'role', role)}
            choices={ROLE_CHOICES}
            error={errors[`participants.${index}.role`]}
          />
          {value.length > 2 && (
            <div className={styles.actions}>
              <button type="button" onClick={() => rows.remove(index)}>
                Remove participant {index + 1}
              </button>
            </div>
          )}
        </div>
      ))}
      <FieldError error={errors.participants} />
      <div className={styles.actions}>
        <button type="button" onClick={() => rows.add(emptyParticipant())}>
          Add a participant
        </button>
      </div>
    </fieldset>
  );
}
