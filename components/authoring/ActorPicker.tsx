'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { SearchBox } from '../explorer/SearchBox';
import { FieldError } from './Field';
import styles from './forms.module.css';

/** An actor chosen in a form: its id for the request, its name for the analyst. */
export interface PickedActor {
  id: string;
  name: string;
}

interface ActorPickerProps {
  label: string;
  value: PickedActor | null;
  onChange: (actor: PickedActor | null) => void;
  error?: string;
  /** Shown but not changeable, e.g. a tie's two actors when it is edited. */
  fixed?: boolean;
}

/** Picks an actor with the explorer's search combobox; once chosen, it shows the name and a way to change it. */
export function ActorPicker({ label, value, onChange, error, fixed = false }: ActorPickerProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const changeRef = useRef<HTMLButtonElement>(null);
  const [justChosen, setJustChosen] = useState(false);
  const [changing, setChanging] = useState(false);

  // The combobox is replaced by the chosen name: keep the keyboard on the "Change" button beside it.
  useEffect(() => {
    if (justChosen) changeRef.current?.focus();
  }, [justChosen, value]);

  if (value) {
    return (
      <div className={styles.field}>
        <p className={styles.chosen}>
          <span className={styles.label}>{label}:</span> <strong>{value.name}</strong>
          {!fixed && (
            <button
              ref={changeRef}
              type="button"
              onClick={() => {
                setJustChosen(false);
                setChanging(true);
                onChange(null);
              }}
            >
              Change {label.toLowerCase()}
            </button>
          )}
        </p>
        <FieldError id={errorId} error={error} />
      </div>
    );
  }
  return (
    <div className={styles.field}>
      <SearchBox
        label={label}
        placeholder="Name or alias"
        clearOnChoose
        autoFocus={changing}
        describedBy={error ? errorId : undefined}
        invalid={Boolean(error)}
        onChoose={(hit) => {
          setJustChosen(true);
          onChange({ id: hit.id, name: hit.name });
        }}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}
