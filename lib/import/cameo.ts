import type { MeetingKind, ParticipantRole } from '../schemas/meeting';
import { TIE_TYPES, TIE_TYPE_NAMES, type TieType } from '../taxonomy';
import { CAMEO_CODEBOOK } from './cameo-codebook';
import type { CameoEvent } from './types';

/**
 * What a CAMEO event becomes in Parley. Consultations (root 04) are meetings of both actors, their kind and roles
 * from the code; other codes become a tie of the taxonomy type whose `cameoRoots` hold the code's root, except
 * for a few codes that name a more precise type; codes of roots no type claims (statements, appeals,
 * investigations, demands, protests) have no place in the graph.
 */
type CameoMapping =
  | { kind: 'meeting'; meetingKind: MeetingKind; sourceRole: ParticipantRole; targetRole: ParticipantRole }
  | { kind: 'tie'; type: TieType }
  | { kind: 'none' };

/** A code and its name from the codebook, or null when the codebook has no such code. */
export function lookupCameo(raw: string): CameoEvent | null {
  const code = raw.trim();
  if (!/^\d{2,4}$/.test(code)) return null;
  const label = CAMEO_CODEBOOK[code];
  if (label !== undefined) return { code, label };
  // Spreadsheets drop the leading zero of codes like 042; put it back when that gives a code.
  const padded = `0${code}`;
  const paddedLabel = code.length < 4 ? CAMEO_CODEBOOK[padded] : undefined;
  return paddedLabel === undefined ? null : { code: padded, label: paddedLabel };
}

/** CAMEO 040–046: the codebook's consultation types, and who plays which part (the source acts on the target). */
const CONSULTATIONS: Record<string, Omit<Extract<CameoMapping, { kind: 'meeting' }>, 'kind'>> = {
  '040': { meetingKind: 'consultation', sourceRole: 'party', targetRole: 'party' },
  '041': { meetingKind: 'phone_call', sourceRole: 'party', targetRole: 'party' },
  // "Make a visit": the source travels to the target, who receives it.
  '042': { meetingKind: 'visit', sourceRole: 'party', targetRole: 'host' },
  '043': { meetingKind: 'hosted_visit', sourceRole: 'host', targetRole: 'party' },
  '044': { meetingKind: 'third_location', sourceRole: 'party', targetRole: 'party' },
  '045': { meetingKind: 'mediation', sourceRole: 'mediator', targetRole: 'party' },
  '046': { meetingKind: 'negotiation', sourceRole: 'party', targetRole: 'party' },
};

/** Codes whose meaning is a more precise type than their root's; their sub-codes (1121–1125) go with them. */
const PRECISE_TYPES: Record<string, TieType> = {
  '071': 'FUNDS', // Provide economic aid
  '112': 'ACCUSES', // Accuse, and 1121–1125
  '186': 'ASSASSINATES', // Assassinate
};

export function mapCameo(code: string): CameoMapping {
  const root = code.slice(0, 2);
  if (root === '04') {
    const consultation = CONSULTATIONS[code.slice(0, 3)] ?? CONSULTATIONS['040']!;
    return { kind: 'meeting', ...consultation };
  }
  const precise = PRECISE_TYPES[code.slice(0, 3)];
  if (precise) return { kind: 'tie', type: precise };
  const type = TIE_TYPE_NAMES.find((name) => (TIE_TYPES[name].cameoRoots as readonly string[]).includes(root));
  return type ? { kind: 'tie', type } : { kind: 'none' };
}

/** "CAMEO 190 “Use conventional military force”": how messages and generated descriptions name an event. */
export function describeCameo({ code, label }: CameoEvent): string {
  return `CAMEO ${code} “${label}”`;
}
