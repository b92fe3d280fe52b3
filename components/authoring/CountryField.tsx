'use client';

import { useQuery } from '@tanstack/react-query';
import { actorSearchQuery } from '@/lib/api-client';
import { TextField } from './Field';
import styles from './forms.module.css';
import { useDebouncedValue } from './useDebouncedValue';

/** Three letters, in either case: what the schema accepts (upper-cased) as an ISO 3166 alpha-3 code. */
const CODE_LIKE = /^[A-Za-z]{3}$/;
const MAX_OFFERED = 3;

interface CountryFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * The ISO 3166 alpha-3 code of an actor's country. A name typed instead ("Turkey") is kept as typed, not cut to
 * three letters, and the field says that a code is wanted, offering the codes of the states recorded under that
 * name or alias.
 */
export function CountryField({ value, onChange, error }: CountryFieldProps) {
  const typed = value.trim();
  const isName = typed !== '' && !CODE_LIKE.test(typed);
  const settled = useDebouncedValue(isName ? typed : '', 300);
  const states = useQuery(actorSearchQuery(settled));
  const offered = isName
    ? (states.data?.hits ?? []).filter((hit) => hit.kind === 'state' && hit.country).slice(0, MAX_OFFERED)
    : [];

  return (
    <div>
      <TextField
        label="Country"
        optional
        value={value}
        onChange={onChange}
        error={error}
        hint={isName ? `An ISO 3166 alpha-3 code is wanted, such as TUR, not the country’s name.` : 'ISO 3166 alpha-3 code, e.g. TUR, QAT'}
        maxLength={100}
      />
      {offered.length > 0 && (
        <ul className={styles.plainList} aria-label="Codes of the states with this name">
          {offered.map((state) => (
            <li key={state.id}>
              {state.name} is {state.country}{' '}
              <button type="button" onClick={() => onChange(state.country!)}>
                Use {state.country}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
