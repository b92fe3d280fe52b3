import type { z } from 'zod';
import { stripBom } from './delimited';
import { actorSchema } from '../schemas/actor';
import { meetingSchema } from '../schemas/meeting';
import { tieSchema } from '../schemas/tie';
import { sourceSchema } from '../schemas/source';
import { rowErrors, toImportActor, toImportMeeting, toImportTie, toImportSource } from './parley-records';
import { ImportFormatError, NO_SECTOR_EVENTS, type ImportBatch } from './types';
import { OLD_TIES_WORD } from '../old-names.mjs';

/** The lists of an export (lib/export/bundle.ts) that hold records. */
const COLLECTIONS = ['actors', 'sources', 'ties', 'meetings'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** The keys each list is read from: files written before ties were called ties hold them under the old word. */
const KEYS: Record<Collection, string[]> = { actors: ['actors'], sources: ['sources'], ties: ['ties', OLD_TIES_WORD], meetings: ['meetings'] };

/** A Parley JSON export (`format: "parley-export"`, version 1), read back record by record. */
export function parseParleyJson(text: string): ImportBatch {
  const json = stripBom(text);
  let bundle: unknown;
  try {
    bundle = JSON.parse(json);
  } catch (error) {
    throw new ImportFormatError(`The file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  if (typeof bundle !== 'object' || bundle === null || (bundle as { format?: unknown }).format !== 'parley-export') {
    throw new ImportFormatError('This JSON is not a Parley export: it has no "format": "parley-export".');
  }
  if ((bundle as { version?: unknown }).version !== 1) {
    throw new ImportFormatError('This Parley export is of a version this server does not read (only version 1).');
  }
  const lines = arrayElementLines(json);
  const batch: ImportBatch = { format: 'parley-json', rows: 0, actors: [], sources: [], ties: [], meetings: [], skipped: [], errors: [], sectorEvents: { ...NO_SECTOR_EVENTS } };
  for (const collection of COLLECTIONS) {
    for (const key of KEYS[collection]) {
      const items: unknown = (bundle as Record<string, unknown>)[key] ?? [];
      if (!Array.isArray(items)) throw new ImportFormatError(`"${key}" in this export is not a list.`);
      items.forEach((item: unknown, index) => {
        batch.rows += 1;
        readRecord(batch, collection, key, item, lines.get(key)?.[index] ?? 1);
      });
    }
  }
  return batch;
}

/** Reads one element of the list `key` as a record of `collection`; errors name the field as the file spells it. */
function readRecord(batch: ImportBatch, collection: Collection, key: string, item: unknown, line: number): void {
  const check = <S extends z.ZodType>(schema: S): z.infer<S> | null => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data;
    batch.errors.push(...rowErrors(line, key, parsed.error));
    return null;
  };
  switch (collection) {
    case 'actors': {
      const actor = check(actorSchema);
      if (actor) batch.actors.push(toImportActor(actor, line));
      return;
    }
    case 'sources': {
      const source = check(sourceSchema);
      if (source) batch.sources.push(toImportSource(source, line));
      return;
    }
    case 'ties': {
      const tie = check(tieSchema);
      if (tie) batch.ties.push(toImportTie(tie, line));
      return;
    }
    case 'meetings': {
      const meeting = check(meetingSchema);
      if (meeting) batch.meetings.push(toImportMeeting(meeting, line));
      return;
    }
  }
}

/**
 * The line on which each element of each top-level list starts (`ties` → [12, 40, …]), found by scanning the
 * JSON text, so that an error in the fifth tie names the line an editor shows it on.
 */
export function arrayElementLines(json: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  // Whether the value being read at depth 2 is a list (its elements are wanted) or an object (they are not).
  let inTopLevelList = false;
  let inString = false;
  let stringText = '';
  let lastString = '';
  let currentKey = '';
  let expectElement = false;
  for (let i = 0; i < json.length; i += 1) {
    const char = json[i]!;
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') {
        stringText += json[i + 1] ?? '';
        i += 1;
      } else if (char === '"') {
        inString = false;
        lastString = stringText;
      } else {
        stringText += char;
      }
      continue;
    }
    if (/\s/.test(char)) continue;
    if (depth === 2 && expectElement && char !== ']') {
      found.set(currentKey, [...(found.get(currentKey) ?? []), line]);
      expectElement = false;
    }
    if (char === '"') {
      inString = true;
      stringText = '';
    } else if (char === ':' && depth === 1) {
      currentKey = lastString;
    } else if (char === '{' || char === '[') {
      depth += 1;
      if (depth === 2) inTopLevelList = char === '[';
      expectElement = depth === 2 && inTopLevelList;
    } else if (char === '}' || char === ']') {
      depth -= 1;
    } else if (char === ',' && depth === 2 && inTopLevelList) {
      expectElement = true;
    }
  }
  return found;
}
