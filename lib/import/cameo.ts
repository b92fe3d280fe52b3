import type { MeetingKind, ParticipantRole } from '../schemas/meeting';
import type { PloverCoding } from '../plover';
import { STATEMENT_TYPE_NAME, type TieType } from '../taxonomy';
import { CAMEO_PLOVER, cameoName } from './cameo-plover';
import type { CameoEvent, ImportOptions } from './types';

/**
 * What a coded event becomes in Parley. Consultations (CAMEO 040–046) are meetings of both actors, their kind and
 * roles from the code; every other event is a tie typed by its PLOVER category: the one the file gives (POLECAT,
 * ACLED), else the crosswalk's for its CAMEO code. CAMEO 02 appeals, which PLOVER does not code, are REQUEST (PLOVER
 * folds appeals into requests); CAMEO 01 statements, which PLOVER leaves out too, are left out unless the analyst
 * asks to keep them, as STATEMENT.
 */
export type EventMapping =
  | { kind: 'meeting'; meetingKind: MeetingKind; sourceRole: ParticipantRole; targetRole: ParticipantRole; plover: PloverCoding }
  | { kind: 'tie'; type: TieType; plover: PloverCoding | null }
  | { kind: 'none'; reason: string };

/** One reason for every statement left out, so that the report counts them together. */
export const STATEMENTS_LEFT_OUT = 'CAMEO 01 statements are left out, as PLOVER does not code them (keep them with statements=keep, “Keep statements” on the import page)';

/** A code and its name, or null when neither the codebook nor the crosswalk knows it. */
export function lookupCameo(raw: string): CameoEvent | null {
  const code = raw.trim();
  if (!/^\d{2,4}$/.test(code)) return null;
  const label = cameoName(code);
  if (label !== undefined) return { code, label };
  // Spreadsheets drop the leading zero of codes like 042; put it back when that gives a code.
  const padded = `0${code}`;
  const paddedLabel = code.length < 4 ? cameoName(padded) : undefined;
  return paddedLabel === undefined ? null : { code: padded, label: paddedLabel };
}

/** CAMEO 040–046: the codebook's consultation types, and who plays which part (the source acts on the target). */
const CONSULTATIONS: Record<string, { meetingKind: MeetingKind; sourceRole: ParticipantRole; targetRole: ParticipantRole }> = {
  '040': { meetingKind: 'consultation', sourceRole: 'party', targetRole: 'party' },
  '041': { meetingKind: 'phone_call', sourceRole: 'party', targetRole: 'party' },
  // "Make a visit": the source travels to the target, who receives it.
  '042': { meetingKind: 'visit', sourceRole: 'party', targetRole: 'host' },
  '043': { meetingKind: 'hosted_visit', sourceRole: 'host', targetRole: 'party' },
  '044': { meetingKind: 'third_location', sourceRole: 'party', targetRole: 'party' },
  '045': { meetingKind: 'mediation', sourceRole: 'mediator', targetRole: 'party' },
  '046': { meetingKind: 'negotiation', sourceRole: 'party', targetRole: 'party' },
};

/** PLOVER's CONSULT modes as the CAMEO consultations they name (the crosswalk's modes of 041, 042 and 044). */
const CONSULTATION_OF_MODE: Record<string, (typeof CONSULTATIONS)[string]> = {
  phone: CONSULTATIONS['041']!,
  visit: CONSULTATIONS['042']!,
  'third-party': CONSULTATIONS['044']!,
};

/** The crosswalk's coding of a code; a two-digit root reads as its `x0` code ("03" as 030), as the codebook has it. */
function crosswalkCoding(code: string): PloverCoding | null {
  const entry = CAMEO_PLOVER[code] ?? (code.length === 2 ? CAMEO_PLOVER[`${code}0`] : undefined);
  return entry ? { category: entry.category, mode: entry.mode, context: entry.context } : null;
}

export function mapEvent(cameo: CameoEvent | null, plover: PloverCoding | null, { keepStatements }: Pick<ImportOptions, 'keepStatements'>): EventMapping {
  const consultation = cameo && cameo.code.startsWith('04') ? (CONSULTATIONS[cameo.code.slice(0, 3)] ?? CONSULTATIONS['040']!) : null;
  if (consultation) return { kind: 'meeting', ...consultation, plover: plover ?? crosswalkCoding(cameo!.code) ?? { category: 'CONSULT', mode: null, context: null } };
  // Data coded in PLOVER only (POLECAT): a consultation is a meeting too, its kind from the mode.
  if (!cameo && plover?.category === 'CONSULT') return { kind: 'meeting', ...(CONSULTATION_OF_MODE[plover.mode ?? ''] ?? CONSULTATIONS['040']!), plover };
  if (plover) return { kind: 'tie', type: plover.category, plover };
  if (!cameo) return { kind: 'none', reason: 'The event has neither a CAMEO code nor a PLOVER category' };
  const coding = crosswalkCoding(cameo.code);
  if (coding) return { kind: 'tie', type: coding.category, plover: coding };
  if (cameo.code.startsWith('02')) return { kind: 'tie', type: 'REQUEST', plover: { category: 'REQUEST', mode: null, context: null } };
  if (cameo.code.startsWith('01')) return keepStatements ? { kind: 'tie', type: STATEMENT_TYPE_NAME, plover: null } : { kind: 'none', reason: STATEMENTS_LEFT_OUT };
  return { kind: 'none', reason: `${describeCameo(cameo)} is not in the CAMEO–PLOVER crosswalk` };
}

/** "CAMEO 190 “Use conventional military force”": how messages and generated descriptions name an event. */
export function describeCameo({ code, label }: CameoEvent): string {
  return `CAMEO ${code} “${label}”`;
}
