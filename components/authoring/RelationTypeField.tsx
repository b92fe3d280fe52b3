'use client';

import { RELATION_FAMILIES, RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from '@/lib/taxonomy';
import { Field } from './Field';

const FAMILY_LABELS = { structure: 'Structure', cooperation: 'Cooperation', conflict: 'Conflict' } as const;

interface RelationTypeFieldProps {
  value: RelationType | '';
  onChange: (type: RelationType) => void;
  error?: string;
}

/** Every type of the taxonomy, grouped by family, each with its one-line definition. */
export function RelationTypeField({ value, onChange, error }: RelationTypeFieldProps) {
  return (
    <Field label="Type" error={error} hint={value ? RELATION_TYPES[value].definition : 'Each type reads from the subject to the object.'}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as RelationType)}>
          <option value="" disabled>
            Choose a type…
          </option>
          {RELATION_FAMILIES.map((family) => (
            <optgroup key={family} label={FAMILY_LABELS[family]}>
              {RELATION_TYPE_NAMES.filter((type) => RELATION_TYPES[type].family === family).map((type) => (
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
