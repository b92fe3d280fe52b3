'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import { actorSearchQuery } from '@/lib/api-client';
import type { ActorSearchHit } from '@/lib/graph';
import { ACTOR_KIND_LABELS } from '@/lib/schemas/actor';
import styles from './SearchBox.module.css';

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  onChoose: (hit: ActorSearchHit) => void;
  autoFocus?: boolean;
  clearOnChoose?: boolean;
  /** Ids of the hint and error that describe the field, when it is part of a form. */
  describedBy?: string;
  invalid?: boolean;
  /** A fixed id for the input, for a skip link to reach it. */
  inputId?: string;
}

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 150;
const EMPTY_HINT = 'Type a name or alias to search.';

/** The text as typed, and the same text once the typing has paused. */
function useDebouncedText(initial: string) {
  const [text, setText] = useState(initial);
  const [settled, setSettled] = useState(initial);
  useEffect(() => {
    if (text === settled) return;
    const timer = setTimeout(() => setSettled(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, settled]);
  /** Sets both at once, for changes that are not typing (choosing, clearing). */
  const setNow = (value: string) => {
    setText(value);
    setSettled(value);
  };
  return { text, settled, setText, setNow };
}

/** Next active option index, wrapping at both ends; -1 means none is active. */
function moveActive(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

/**
 * An ARIA 1.2 combobox with a list popup: finds actors by name or by any alias the sources used, in the order the
 * server ranks them. Focus stays in the input; the active option is conveyed with aria-activedescendant.
 */
export function SearchBox({ label, placeholder, onChoose, autoFocus = false, clearOnChoose = true, describedBy, invalid, inputId: fixedInputId }: SearchBoxProps) {
  const baseId = useId();
  const inputId = fixedInputId ?? `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const { text, settled, setText, setNow } = useDebouncedText('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [showHint, setShowHint] = useState(false);
  // Enter pressed before the results for the typed text arrived: choose the first one when they do.
  const [pendingEnter, setPendingEnter] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const query = text.trim();
  const search = useQuery(actorSearchQuery(settled.trim()));
  // New results, new list: an active index into the old one would point at a different actor.
  const [seenData, setSeenData] = useState(search.data);
  if (seenData !== search.data) {
    setSeenData(search.data);
    setActive(-1);
  }
  const hits = query ? (search.data?.hits ?? []) : [];
  // Results are current when they answer exactly what is in the input now, not a previous query kept on screen.
  const current = query !== '' && settled.trim() === query && !search.isPlaceholderData && search.isSuccess;

  const message = popupMessage({ query, showHint, hits, current, search });
  const expanded = open && (hits.length > 0 || message !== null);
  const activeHit = expanded ? hits[active] : undefined;

  const choose = (hit: ActorSearchHit) => {
    setNow(clearOnChoose ? '' : hit.name);
    setOpen(false);
    setActive(-1);
    setPendingEnter(null);
    onChoose(hit);
  };

  // Only the hit an Enter was waiting for; other result changes leave the list alone. `hits` and `choose` follow
  // from the values listed, so the effect event reads them from this render rather than reacting to them.
  const choosePendingFirst = useEffectEvent(() => {
    setPendingEnter(null);
    const first = hits[0];
    if (first) choose(first);
  });
  useEffect(() => {
    if (pendingEnter === null || pendingEnter !== query || !current) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the results arriving are what the Enter waits for; no event handler sees them
    choosePendingFirst();
  }, [pendingEnter, query, current]);

  // Keep the active option in sight when the list scrolls.
  useEffect(() => {
    if (active < 0) return;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const onInput = (value: string) => {
    setText(value);
    setOpen(true);
    setActive(-1);
    setShowHint(false);
    setPendingEnter(null);
  };

  const onEnter = () => {
    if (!query) {
      setShowHint(true);
      setOpen(true);
      return;
    }
    const chosen = hits[active];
    if (chosen) return choose(chosen);
    if (current) {
      const first = hits[0];
      if (first) return choose(first);
      setOpen(true);
      return;
    }
    setOpen(true);
    setPendingEnter(query);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        // Alt+ArrowDown only opens the list, as the APG pattern says.
        if (event.altKey) return;
        setActive((index) => moveActive(index, hits.length, event.key === 'ArrowDown' ? 1 : -1));
        return;
      }
      case 'Enter':
        // Never submit a surrounding form: Enter here means "choose".
        event.preventDefault();
        onEnter();
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
          setShowHint(false);
          setPendingEnter(null);
        } else if (text) {
          event.preventDefault();
          setNow('');
        }
        return;
    }
  };

  return (
    <div className={styles.searchBox}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      <input
        id={inputId}
        className={styles.input}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-activedescendant={activeHit ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={text}
        onChange={(event) => onInput(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div className={styles.popup} hidden={!expanded}>
        {message && (
          <p className={message.kind === 'error' ? styles.error : styles.message} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <ul ref={listRef} id={listboxId} role="listbox" aria-label={label} className={styles.listbox} aria-busy={search.isFetching}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={optionId(index)}
              data-index={index}
              role="option"
              aria-selected={index === active}
              className={index === active ? `${styles.option} ${styles.active}` : styles.option}
              // Keep focus in the input, so the click does not close the list before it lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              onMouseMove={() => index !== active && setActive(index)}
            >
              <HitLabel hit={hit} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function HitLabel({ hit }: { hit: ActorSearchHit }) {
  return (
    <>
      <span className={styles.name}>{hit.name}</span>
      <span className={styles.kind}>{ACTOR_KIND_LABELS[hit.kind]}</span>
      {hit.matchedAlias && <span className={styles.alias}>also: {hit.matchedAlias}</span>}
    </>
  );
}

interface PopupState {
  query: string;
  showHint: boolean;
  hits: ActorSearchHit[];
  current: boolean;
  search: { isFetching: boolean; isError: boolean; isPlaceholderData: boolean; error: Error | null };
}

/** What the popup says in words, beside or instead of the options. */
function popupMessage({ query, showHint, hits, current, search }: PopupState): { kind: 'status' | 'error'; text: string } | null {
  if (!query) return showHint ? { kind: 'status', text: EMPTY_HINT } : null;
  if (search.isError && search.error) return { kind: 'error', text: search.error.message };
  if (current && hits.length === 0) return { kind: 'status', text: `No actor matches “${query}”.` };
  // Still typing or loading, and nothing earlier to keep showing.
  if (!current && hits.length === 0) return { kind: 'status', text: 'Searching…' };
  return null;
}
