import type { ActorDeletionPreview, NamedRecord } from './records';
import { plural } from './words';


/** How many records are named in full before "and N more": a confirmation is read, not scrolled. */
const NAMED_AT_MOST = 3;

function named(records: NamedRecord[]): string {
  const names = records.slice(0, NAMED_AT_MOST).map((record) => `“${record.title}”`);
  const more = records.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

/**
 * What deleting an actor takes with it, in one sentence for the first confirmation: "Deleting Hakan Fidan also
 * deletes 1 meeting left with fewer than two participants (“Fidan–Haniyeh call”), and removes them from 2
 * meetings that keep others (“Cairo round”, “Doha round”)." Null when it takes nothing and changes nothing.
 */
export function describeActorDeletion(name: string, { ties, meetingsDeleted, meetingsLeft }: ActorDeletionPreview): string | null {
  const deleted = [
    ties.length > 0 && `${plural(ties.length, 'tie')} (${named(ties)})`,
    meetingsDeleted.length > 0 &&
      `${plural(meetingsDeleted.length, 'meeting')} left with fewer than two participants (${named(meetingsDeleted)})`,
  ].filter((part): part is string => Boolean(part));
  const keep = meetingsLeft.length === 1 ? 'keeps' : 'keep';
  const left = meetingsLeft.length > 0 && `removes them from ${plural(meetingsLeft.length, 'meeting')} that ${keep} others (${named(meetingsLeft)})`;
  if (deleted.length === 0 && !left) return null;
  const deletes = deleted.length > 0 ? `also deletes ${deleted.join(' and ')}` : '';
  const parts = [deletes, left || ''].filter(Boolean);
  return `Deleting ${name} ${parts.join(', and ')}.`;
}
