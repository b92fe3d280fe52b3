'use client';

import { useQuery } from '@tanstack/react-query';
import { similarActorsQuery } from '@/lib/authoring-client';
import { ACTOR_KIND_LABELS } from '@/lib/schemas/actor';
import styles from './forms.module.css';
import { useDebouncedValue } from './useDebouncedValue';

interface SimilarActorsProps {
  name: string;
  aliases: string[];
  /** The actor being edited, which is not a duplicate of itself. */
  excludeId?: string;
  onUse: (actor: { id: string; name: string }) => void;
}

const SEPARATOR = '\n';

/** "Possible duplicates": actors already recorded whose name or aliases look like the ones being typed. */
export function SimilarActors({ name, aliases, excludeId, onUse }: SimilarActorsProps) {
  // Debounced as one string: a new array each render would restart the timer for ever.
  const settled = useDebouncedValue([name.trim(), ...aliases.map((alias) => alias.trim()).filter(Boolean)].join(SEPARATOR), 300);
  const [settledName = '', ...settledAliases] = settled.split(SEPARATOR);
  const similar = useQuery(similarActorsQuery(settledName, settledAliases));
  const candidates = (similar.data?.candidates ?? []).filter((candidate) => candidate.id !== excludeId);

  if (similar.isError) return <p className={styles.status}>Could not look for similar actors: {similar.error.message}</p>;
  if (candidates.length === 0) return null;
  return (
    <section className={styles.warning} aria-labelledby="similar-title">
      <h3 id="similar-title">Possible duplicates</h3>
      <p className={styles.status}>These actors are already recorded under a similar name. Use one of them instead of creating a duplicate?</p>
      <ul className={styles.plainList}>
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            <strong>{candidate.name}</strong> · {ACTOR_KIND_LABELS[candidate.kind]}
            {candidate.matchedOn !== candidate.name && <> · matched “{candidate.matchedOn}”</>}{' '}
            <button type="button" onClick={() => onUse({ id: candidate.id, name: candidate.name })}>
              Use {candidate.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
