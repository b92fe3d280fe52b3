'use client';

import { useId, useState } from 'react';
import { isNewActor, type ActorKey } from '@/lib/extract/review';
import { SearchBox } from '../explorer/SearchBox';
import formStyles from '../authoring/forms.module.css';
import type { NamedActor } from './useReview';

interface ActorChoiceProps {
  label: string;
  value: ActorKey | null;
  /** The actors the review knows: those the report names (recorded and new) and those picked by search. */
  actors: Record<ActorKey, NamedActor>;
  onChange: (key: ActorKey | null) => void;
  onPicked: (key: ActorKey, actor: NamedActor) => void;
}

const SEARCH = '__search__';

/** One of the report's actors from a list, or any recorded actor found with the explorer's search. */
export function ActorChoice({ label, value, actors, onChange, onPicked }: ActorChoiceProps) {
  const id = useId();
  const [searching, setSearching] = useState(false);
  const choices = Object.entries(actors).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  return (
    <div className={formStyles.field}>
      <label htmlFor={id} className={formStyles.label}>
        {label}
      </label>
      <select
        id={id}
        className={formStyles.input}
        value={searching ? SEARCH : (value ?? '')}
        onChange={(event) => {
          if (event.target.value === SEARCH) return setSearching(true);
          setSearching(false);
          onChange(event.target.value || null);
        }}
      >
        <option value="">Choose…</option>
        {choices.map(([key, actor]) => (
          <option key={key} value={key}>
            {actor.name}
            {isNewActor(key) ? ' (new)' : ''}
          </option>
        ))}
        <option value={SEARCH}>Another recorded actor…</option>
      </select>
      {searching && (
        <SearchBox
          label={`Find the ${label.toLowerCase()}`}
          placeholder="Name or alias"
          clearOnChoose
          autoFocus
          onChoose={(hit) => {
            onPicked(hit.id, { name: hit.name, kind: hit.kind });
            onChange(hit.id);
            setSearching(false);
          }}
        />
      )}
    </div>
  );
}
