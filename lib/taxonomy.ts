/**
 * The tie taxonomy: the only tie types Parley stores. It is code, not user text, so that a type
 * can be used as an allow-listed value in queries and every form can show its meaning.
 */
export const TIE_FAMILIES = ['structure', 'cooperation', 'conflict'] as const;
export type TieFamily = (typeof TIE_FAMILIES)[number];

export interface TieTypeInfo {
  family: TieFamily;
  /** Reads between subject and object: "Qatar mediates for Hamas". */
  verb: string;
  definition: string;
  /** The CAMEO root codes whose events map to this type, for event-data import. */
  cameoRoots: readonly string[];
}

export const TIE_TYPES = {
  LEADS: {
    family: 'structure',
    verb: 'leads',
    definition: 'The subject heads the object (a state, organisation or agency).',
    cameoRoots: [],
  },
  PART_OF: {
    family: 'structure',
    verb: 'is part of',
    definition: 'The subject is a body or branch of the object.',
    cameoRoots: [],
  },
  MEMBER_OF: {
    family: 'structure',
    verb: 'is a member of',
    definition: 'The subject belongs to the object (a party, alliance or intergovernmental organisation).',
    cameoRoots: [],
  },
  REPRESENTS: {
    family: 'structure',
    verb: 'represents',
    definition: 'The subject speaks or acts on behalf of the object.',
    cameoRoots: [],
  },
  ALLIED_WITH: {
    family: 'cooperation',
    verb: 'is allied with',
    definition: 'The subject and the object are in a declared alliance or close partnership.',
    cameoRoots: ['06'],
  },
  SUPPORTS: {
    family: 'cooperation',
    verb: 'supports',
    definition: 'The subject backs the object politically, diplomatically or materially.',
    cameoRoots: ['05', '07'],
  },
  MEDIATES_FOR: {
    family: 'cooperation',
    verb: 'mediates for',
    definition: 'The subject acts as a go-between on behalf of, or with, the object in a dispute.',
    cameoRoots: ['08'],
  },
  NEGOTIATES_WITH: {
    family: 'cooperation',
    verb: 'negotiates with',
    definition: 'The subject is in negotiations with the object.',
    cameoRoots: ['03'],
  },
  HOSTS: {
    family: 'cooperation',
    verb: 'hosts',
    definition: 'The subject gives the object a base, an office or refuge on its territory.',
    cameoRoots: [],
  },
  FUNDS: {
    family: 'cooperation',
    verb: 'funds',
    definition: 'The subject gives money or material aid to the object.',
    cameoRoots: [],
  },
  CRITICIZES: {
    family: 'conflict',
    verb: 'criticizes',
    definition: 'The subject publicly disapproves of or condemns the object, or calls for pressure on it.',
    cameoRoots: ['11', '12'],
  },
  ACCUSES: {
    family: 'conflict',
    verb: 'accuses',
    definition: 'The subject charges the object with a wrongdoing.',
    cameoRoots: [],
  },
  THREATENS: {
    family: 'conflict',
    verb: 'threatens',
    definition: 'The subject threatens the object with force, sanctions or other harm.',
    cameoRoots: ['13', '15'],
  },
  SANCTIONS: {
    family: 'conflict',
    verb: 'sanctions',
    definition: 'The subject imposes sanctions, embargoes or other coercive measures on the object.',
    cameoRoots: ['16', '17'],
  },
  ATTACKS: {
    family: 'conflict',
    verb: 'attacks',
    definition: 'The subject uses armed force against the object.',
    cameoRoots: ['18', '19', '20'],
  },
  ASSASSINATES: {
    family: 'conflict',
    verb: 'assassinated',
    definition: 'The subject killed the object, a person, in a targeted attack.',
    cameoRoots: [],
  },
} as const satisfies Record<string, TieTypeInfo>;

export type TieType = keyof typeof TIE_TYPES;
export const TIE_TYPE_NAMES = Object.keys(TIE_TYPES) as [TieType, ...TieType[]];

export function tieFamily(type: TieType): TieFamily {
  return TIE_TYPES[type].family;
}

/** "Qatar mediates for Hamas": the direction of a tie said in words. */
export function describeTie(subjectName: string, type: TieType, objectName: string): string {
  return `${subjectName} ${TIE_TYPES[type].verb} ${objectName}`;
}
