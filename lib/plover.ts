/**
 * PLOVER, the event ontology that succeeds CAMEO (used by POLECAT), as Parley keeps event data: every coded event
 * is typed by its PLOVER category, and both vocabularies (PLOVER's and the analysts' tie taxonomy) meet in the
 * quad classes, which colour the graph and drive the family filter.
 */

export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

export const QUAD_CLASSES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** An event as PLOVER codes it: its category, and the mode and context where the coding gives them. */
export interface PloverCoding {
  category: PloverCategory;
  mode: string | null;
  context: string | null;
}

/** A row of the CAMEO-to-PLOVER crosswalk (lib/import/cameo-plover.ts): the coding and the quad class it falls in. */
export interface CrosswalkEntry extends PloverCoding {
  quadClass: QuadClass;
  /** The CAMEO name as the crosswalk gives it. */
  name: string;
}
