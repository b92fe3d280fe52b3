'use client';

import { ANALYST_TYPE_NAMES, FAMILY_LABELS, TIE_FAMILIES, TIE_TYPES, type TieType } from '@/lib/taxonomy';
import { Field } from './Field';

interface TieTypeFieldProps {
  value: TieType | '';
  onChange: (type: TieType) => void;
  error?: string;
}

/**
 * The analysts' types, grouped by family, each with its one-line definition. Event types (PLOVER) are the import's
 * own coding and are not chosen by hand; a tie already of one (an imported event being edited) shows it as it is.
 */
export function TieTypeField({ value, onChange, error }: TieTypeFieldProps) {
  const offered: TieType[] = value === '' || TIE_TYPES[value].origin === 'analyst' ? ANALYST_TYPE_NAMES : [...ANALYST_TYPE_NAMES, value];
  return (
    <Field label="Type" error={error} hint={value ? TIE_TYPES[value].definition : 'Each type reads from the subject to the object.'}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as TieType)}>
          <option value="" disabled>
            Choose a type…
          </option>
          {TIE_FAMILIES.map((family) => (
            <optgroup key={family} label={FAMILY_LABELS[family]}>
              {offered
                .filter((type) => TIE_TYPES[type].family === family)
                .map((type) => (
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
