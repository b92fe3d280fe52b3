import { readEvent } from './event-reading';
import type { PloverCategory, QuadClass } from './plover';

/**
 * The tie taxonomy: the only tie types Parley stores. It is code, not user text, so that a type
 * can be used as an allow-listed value in queries and every form can show its meaning. Two vocabularies meet in
 * it: the analysts' own types, typed by hand, and the PLOVER categories of imported event data (with STATEMENT for
 * CAMEO 01 statements kept on request), which only the import writes. Every type is placed in a family: structure,
 * or one of PLOVER's quad classes, so that one filter and one colour scheme cover both.
 */
export const TIE_FAMILIES = ['structure', 'verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
export type TieFamily = (typeof TIE_FAMILIES)[number];

/** A quad class as a family: the same words, hyphenated, as they go into element ids, links and class names. */
export function familyOfQuadClass(quadClass: QuadClass): TieFamily {
  return quadClass.replace(' ', '-') as TieFamily;
}

/** Whether two families stand on opposite sides (cooperation against conflict): their claims about one pair conflict. */
export function familiesConflict(first: TieFamily, second: TieFamily): boolean {
  const side = (family: TieFamily) => family.split('-').at(-1);
  return first !== 'structure' && second !== 'structure' && side(first) !== side(second);
}

/** How filters, the legend and the forms name each family. */
export const FAMILY_LABELS: Record<TieFamily, string> = {
  structure: 'Structure',
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
};

export interface TieTypeInfo {
  family: TieFamily;
  /** Reads between subject and object: "Qatar mediates for Hamas"; for an event type, when its CAMEO code is unknown. */
  verb: string;
  definition: string;
  /** `analyst`: offered by the forms; `event`: written by the import only, from the event's own coding. */
  origin: 'analyst' | 'event';
  /**
   * The CAMEO codes nearest an analyst type's meaning: its family is theirs in the crosswalk (checked by a test), so
   * that an analyst's tie and an imported event of the same kind fall in the same quad class.
   */
  nearestCameo: readonly string[];
}

const analystType = (family: TieFamily, verb: string, definition: string, nearestCameo: readonly string[]): TieTypeInfo => ({
  family,
  verb,
  definition,
  origin: 'analyst',
  nearestCameo,
});
const eventType = (family: TieFamily, verb: string, definition: string): TieTypeInfo => ({ family, verb, definition, origin: 'event', nearestCameo: [] });

const ANALYST_TYPES = {
  LEADS: analystType('structure', 'leads', 'The subject heads the object (a state, organisation or agency).', []),
  PART_OF: analystType('structure', 'is part of', 'The subject is a body or branch of the object.', []),
  MEMBER_OF: analystType('structure', 'is a member of', 'The subject belongs to the object (a party, alliance or intergovernmental organisation).', []),
  REPRESENTS: analystType('structure', 'represents', 'The subject speaks or acts on behalf of the object.', []),
  // A declared alliance is a formal agreement (057), not yet the cooperation it promises (06).
  ALLIED_WITH: analystType('verbal-cooperation', 'is allied with', 'The subject and the object are in a declared alliance or close partnership.', ['057']),
  SUPPORTS: analystType('verbal-cooperation', 'supports', 'The subject backs the object politically, diplomatically or materially.', ['051', '052']),
  MEDIATES_FOR: analystType('verbal-cooperation', 'mediates for', 'The subject acts as a go-between on behalf of, or with, the object in a dispute.', ['045', '039']),
  NEGOTIATES_WITH: analystType('verbal-cooperation', 'negotiates with', 'The subject is in negotiations with the object.', ['046']),
  HOSTS: analystType('material-cooperation', 'hosts', 'The subject gives the object a base, an office or refuge on its territory.', ['075']),
  FUNDS: analystType('material-cooperation', 'funds', 'The subject gives money or material aid to the object.', ['070', '071']),
  CRITICIZES: analystType('verbal-conflict', 'criticizes', 'The subject publicly disapproves of or condemns the object, or calls for pressure on it.', ['111']),
  ACCUSES: analystType('verbal-conflict', 'accuses', 'The subject charges the object with a wrongdoing.', ['112']),
  THREATENS: analystType('verbal-conflict', 'threatens', 'The subject threatens the object with force, sanctions or other harm.', ['130', '138']),
  SANCTIONS: analystType('material-conflict', 'sanctions', 'The subject imposes sanctions, embargoes or other coercive measures on the object.', ['163']),
  ATTACKS: analystType('material-conflict', 'attacks', 'The subject uses armed force against the object.', ['190']),
  ASSASSINATES: analystType('material-conflict', 'assassinated', 'The subject killed the object, a person, in a targeted attack.', ['186']),
} as const satisfies Record<string, TieTypeInfo>;

/**
 * The PLOVER categories, each in the quad class the crosswalk gives all its codes (checked by a test). The verb is
 * what a tie reads when its event has no CAMEO code (POLECAT); otherwise the CAMEO label is read (lib/event-reading.ts).
 */
const EVENT_TYPES = {
  AGREE: eventType('verbal-cooperation', 'agreed or promised to cooperate with', 'PLOVER AGREE: the subject agreed, or said it meant, to cooperate with the object.'),
  CONSULT: eventType('verbal-cooperation', 'consulted with', 'PLOVER CONSULT: the subject met, called or consulted the object.'),
  SUPPORT: eventType('verbal-cooperation', 'expressed support for', 'PLOVER SUPPORT: the subject praised, defended or backed the object in words or agreements.'),
  COOPERATE: eventType('material-cooperation', 'cooperated with', 'PLOVER COOPERATE: the subject cooperated with the object in deed (economic, military, judicial, intelligence).'),
  AID: eventType('material-cooperation', 'gave aid to', 'PLOVER AID: the subject provided aid, protection or asylum to the object.'),
  CONCEDE: eventType('verbal-cooperation', 'made a concession to', 'PLOVER CONCEDE: the subject gave way to the object in words or policy.'),
  RETREAT: eventType('material-cooperation', 'gave way in deed to', 'PLOVER RETREAT: the subject released, returned, eased, withdrew or disarmed toward the object.'),
  REQUEST: eventType('verbal-conflict', 'made a request or demand of', 'PLOVER REQUEST: the subject appealed to or made demands of the object.'),
  ACCUSE: eventType('verbal-conflict', 'accused', 'PLOVER ACCUSE: the subject criticised, accused or investigated the object.'),
  REJECT: eventType('verbal-conflict', 'rejected a proposal or request of', 'PLOVER REJECT: the subject refused what the object proposed or asked.'),
  THREATEN: eventType('verbal-conflict', 'threatened', 'PLOVER THREATEN: the subject threatened the object.'),
  PROTEST: eventType('material-conflict', 'protested against', 'PLOVER PROTEST: the subject demonstrated, struck, boycotted or rioted against the object.'),
  SANCTION: eventType('verbal-conflict', 'reduced ties with', 'PLOVER SANCTION: the subject reduced or broke ties with, or withdrew or expelled, the object.'),
  MOBILIZE: eventType('material-conflict', 'mobilised forces against', 'PLOVER MOBILIZE: the subject raised its alert or mobilised police or armed forces against the object.'),
  COERCE: eventType('material-conflict', 'used coercion against', 'PLOVER COERCE: the subject seized, restricted, arrested or deported, acting on the object.'),
  ASSAULT: eventType('material-conflict', 'used violence against', 'PLOVER ASSAULT: the subject attacked or used violence against the object.'),
} as const satisfies Record<PloverCategory, TieTypeInfo>;

/**
 * CAMEO 01 statements, which PLOVER does not code, when an import keeps them: verbal cooperation, the quad class
 * CAMEO itself gives its roots 01–05.
 */
const STATEMENT_TYPE = {
  STATEMENT: eventType('verbal-cooperation', 'made a statement about', 'CAMEO 01: the subject made a public statement about the object (not coded by PLOVER).'),
} as const satisfies Record<string, TieTypeInfo>;

export const TIE_TYPES: Readonly<Record<keyof typeof ANALYST_TYPES | PloverCategory | keyof typeof STATEMENT_TYPE, TieTypeInfo>> = {
  ...ANALYST_TYPES,
  ...EVENT_TYPES,
  ...STATEMENT_TYPE,
};

export type TieType = keyof typeof TIE_TYPES;
export const TIE_TYPE_NAMES = Object.keys(TIE_TYPES) as [TieType, ...TieType[]];

/** Whether a type read from outside the code (the database) is one of the taxonomy's. */
export function isTieType(type: string): type is TieType {
  return Object.hasOwn(TIE_TYPES, type);
}

/** The types an analyst chooses from; event types come only from the event's own coding. */
export const ANALYST_TYPE_NAMES = Object.keys(ANALYST_TYPES) as [AnalystTieType, ...AnalystTieType[]];
export type AnalystTieType = keyof typeof ANALYST_TYPES;
/** The PLOVER categories as types, in PLOVER's order. */
export const PLOVER_TYPE_NAMES: readonly PloverCategory[] = Object.keys(EVENT_TYPES) as PloverCategory[];
/** The type a kept CAMEO 01 statement is stored as. */
export const STATEMENT_TYPE_NAME = 'STATEMENT' satisfies TieType;

export function isEventType(type: TieType): boolean {
  return TIE_TYPES[type].origin === 'event';
}

export function tieFamily(type: TieType): TieFamily {
  return TIE_TYPES[type].family;
}

/**
 * "Qatar mediates for Hamas": the direction of a tie said in words. A tie from an event reads from its CAMEO label
 * ("Netanyahu expressed intent to cooperate with Merkel" for 030), so that no word is put in the source's mouth;
 * one without a CAMEO code reads by its type's verb.
 */
export function describeTie(subjectName: string, type: TieType, objectName: string, cameoCode: string | null = null): string {
  const reading = cameoCode === null ? null : readEvent(cameoCode);
  return reading ? `${subjectName} ${reading(objectName)}` : `${subjectName} ${TIE_TYPES[type].verb} ${objectName}`;
}
