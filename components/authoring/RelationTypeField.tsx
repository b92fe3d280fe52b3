'use client';

import { ANALYST_TYPE_NAMES, FAMILY_LABELS, RELATION_FAMILIES, RELATION_TYPES, type RelationType } from '@/lib/taxonomy';
import { Field } from './Field';

interface RelationTypeFieldProps {
  value: RelationType | '';
  onChange: (type: RelationType) => void;
  error?: string;
}

/**
 * The analysts' types, grouped by family, each with its one-line definition. Event types (PLOVER) are the import's
 * own coding and are not chosen by hand; a tie already of one (an imported event being edited) shows it as it is.
 */
export function RelationTypeField({ value, onChange, error }: RelationTypeFieldProps) {
  const offered: RelationType[] = value === '' || RELATION_TYPES[value].origin === 'analyst' ? ANALYST_TYPE_NAMES : [...ANALYST_TYPE_NAMES, value];
  return (
    <Field label="Type" error={error} hint={value ? RELATION_TYPES[value].definition : 'Each type reads from the subject to the object.'}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as RelationType)}>
          <option value="" disabled>
            Choose a type…
          </option>
          {RELATION_FAMILIES.map((family) => (
            <optgroup key={family} label={FAMILY_LABELS[family]}>
              {offered
                .filter((type) => RELATION_TYPES[type].family === family)
                .map((type) => (
                  <option key={type} value={type}>
                    {`${RELATION_TYPES[type].verb} (${type}) — ${RELATION_TYPES[type].definition}`}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
