'use client';

import { TIE_FAMILIES, TIE_TYPE_NAMES, TIE_TYPES, type TieType } from '@/lib/taxonomy';
import { Field } from './Field';

const FAMILY_LABELS = { structure: 'Structure', cooperation: 'Cooperation', conflict: 'Conflict' } as const;

interface TieTypeFieldProps {
  value: TieType | '';
  onChange: (type: TieType) => void;
  error?: string;
}

/** Every type of the taxonomy, grouped by family, each with its one-line definition. */
export function TieTypeField({ value, onChange, error }: TieTypeFieldProps) {
  return (
    <Field label="Type" error={error} hint={value ? TIE_TYPES[value].definition : 'Each type reads from the subject to the object.'}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as TieType)}>
          <option value="" disabled>
            Choose a type…
          </option>
          {TIE_FAMILIES.map((family) => (
            <optgroup key={family} label={FAMILY_LABELS[family]}>
              {TIE_TYPE_NAMES.filter((type) => TIE_TYPES[type].family === family).map((type) => (
                <option key={type} value={type}>
                  {`${TIE_TYPES[type].verb} (${type}) — ${TIE_TYPES[type].definition}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
