import { z } from 'zod';
import { TIE_FAMILIES, TIE_TYPE_NAMES, type TieFamily, type TieType } from './taxonomy';

/**
 * The one place where the ids of what the canvas draws are built and read. They are also the refs a link selects
 * or hides, so they must stay stable across reloads: `actor:turkey`, `tie:israel-assassinates-ismail-haniyeh`,
 * `meeting:kalin-haniyeh-meetings`, or a folded line (lib/fold.ts): `ties:israel~hamas~ATTACKS`,
 * `family:hamas~israel~conflict`, `met:ibrahim-kalin~ismail-haniyeh` (the pair's ids in order when undirected).
 */
export type RecordRefKind = 'actor' | 'tie' | 'meeting';
export type LineRefKind = 'ties' | 'family' | 'met';
export type ElementRef = `${RecordRefKind | LineRefKind}:${string}`;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ELEMENT_REF = new RegExp(
  `^(?:(?:actor|tie|meeting):${SLUG}|ties:${SLUG}~${SLUG}~(?:${TIE_TYPE_NAMES.join('|')})|family:${SLUG}~${SLUG}~(?:${TIE_FAMILIES.join('|')})|met:${SLUG}~${SLUG})$`,
);

export const elementRefSchema = z
  .string()
  .regex(ELEMENT_REF)
  .transform((ref) => ref as ElementRef);

/**
 * Links made before the families became quad classes hide `family:a~b~cooperation` (or `conflict`): such a line is
 * now two, the verbal and the material one, and both stay hidden.
 */
export function upgradeLegacyFamilyRefs(refs: string): string {
  return refs.replace(/(family:[^,~]+~[^,~]+~)(cooperation|conflict)(?=,|$)/g, '$1verbal-$2,$1material-$2');
}

/** Two actor ids in order: how an undirected line names its pair. */
export function orderedPair(first: string, second: string): [string, string] {
  return first < second ? [first, second] : [second, first];
}

export const elementRef = {
  actor: (id: string): ElementRef => `actor:${id}`,
  tie: (id: string): ElementRef => `tie:${id}`,
  meeting: (id: string): ElementRef => `meeting:${id}`,
  /** The directed line of one type from subject to object. */
  ties: (subjectId: string, objectId: string, type: TieType): ElementRef => `ties:${subjectId}~${objectId}~${type}`,
  /** The undirected line of one family between two actors. */
  family: (first: string, second: string, family: TieFamily): ElementRef => `family:${orderedPair(first, second).join('~')}~${family}`,
  /** The line of the meetings two actors, and no third in view, attended. */
  met: (first: string, second: string): ElementRef => `met:${orderedPair(first, second).join('~')}`,
};

/** The canvas id of a meeting node's line to one participant; not a ref a link can hold. */
export function participationId(meetingId: string, actorId: string): string {
  return `participation:${meetingId}:${actorId}`;
}

/** The record a canvas element stands for: a participation line stands for its meeting. Null for folded lines. */
export function recordOfElement(id: string): { kind: RecordRefKind; id: string } | null {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === 'participation') return { kind: 'meeting', id: rest.slice(0, rest.indexOf(':')) };
  if (kind === 'actor' || kind === 'tie' || kind === 'meeting') return { kind, id: rest };
  return null;
}

/** The record id a ref names when it is of this kind, else null (`idOfRef('actor:turkey', 'actor')` is `turkey`). */
export function idOfRef(ref: string | null | undefined, kind: RecordRefKind): string | null {
  return ref?.startsWith(`${kind}:`) ? ref.slice(kind.length + 1) : null;
}

/** Whether a ref names a folded line (several claims) rather than one record. */
export function isLineRef(ref: ElementRef): boolean {
  return ref.startsWith('ties:') || ref.startsWith('family:') || ref.startsWith('met:');
}
