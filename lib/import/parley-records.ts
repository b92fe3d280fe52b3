import type { z } from 'zod';
import type { Actor } from '../schemas/actor';
import type { Citation } from '../schemas/citation';
import type { Meeting } from '../schemas/meeting';
import type { Tie } from '../schemas/tie';
import type { Source } from '../schemas/source';
import { idKey, type ImportActor, type ImportCitation, type ImportMeeting, type ImportTie, type ImportSource, type RowError } from './types';

/**
 * Records of a Parley export (JSON or CSV) are read with the entity schemas (`actorSchema`, `tieSchema`…):
 * fields the export adds for readers (a tie's family, citation counts, the best reliability) are ignored; fields
 * a file leaves out (the tables of older exports had no descriptions or summaries) get their defaults. These turn
 * them into the import's records, linked by key.
 */

/** Zod's issues as row errors, the field named under `prefix` (`ties.citations.0.quote`). */
export function rowErrors(line: number, prefix: string, error: z.ZodError): RowError[] {
  return error.issues.map((issue) => ({ line, field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message }));
}

export function toImportActor(actor: Actor, line: number): ImportActor {
  return { ...actor, key: idKey(actor.id), line };
}

export function toImportSource(source: Source, line: number): ImportSource {
  return { ...source, key: idKey(source.id), line, importKey: null };
}

export function toImportCitation({ sourceId, quote, credibility }: Citation): ImportCitation {
  return { sourceKey: idKey(sourceId), quote, credibility };
}

export function toImportTie({ subjectId, objectId, citations, ...tie }: Tie, line: number): ImportTie {
  return { ...tie, line, importKey: null, eventIds: [], subjectKey: idKey(subjectId), objectKey: idKey(objectId), cameo: null, plover: null, citations: citations.map(toImportCitation) };
}

export function toImportMeeting({ participants, citations, ...meeting }: Meeting, line: number): ImportMeeting {
  return {
    ...meeting,
    line,
    importKey: null,
    eventIds: [],
    cameo: null,
    plover: null,
    participants: participants.map(({ actorId, role }) => ({ actorKey: idKey(actorId), role })),
    citations: citations.map(toImportCitation),
  };
}
