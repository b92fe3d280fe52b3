import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACLED_TO_PLOVER, readAcledEvents } from './acled';
import { detectFormat } from './detect';
import { EventBatchBuilder, GENERATED_QUOTE_NOTE } from './events';
import { DEFAULT_IMPORT_OPTIONS, importNotes } from './types';
import { parseGdelt } from './gdelt';
import { parseIcews } from './icews';
import { parseImport } from './parse';
import { readPolecatEvents } from './polecat';
import { importParamsSchema } from '../schemas/import';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
/** The event ids of a batch's claims: what a re-import matches them by, whatever key the claim is stored under. */
const claimKeys = (batch: ReturnType<typeof parseGdelt>) => [...batch.ties, ...batch.meetings].flatMap((claim) => claim.eventIds).sort();

describe('GDELT with a header row', () => {
  const batch = parseGdelt(fixture('gdelt-header.csv'));

  it('finds the columns by name in a comma-separated file, quoted commas and an extra column included', () => {
    expect(batch.errors).toEqual([]);
    expect(claimKeys(batch)).toEqual(['gdelt:1185100001', 'gdelt:1185100003']);
    const visit = batch.meetings.find((meeting) => meeting.eventIds.includes('gdelt:1185100001'))!;
    expect(visit).toMatchObject({ date: '2024-07-31', location: 'Doha, Ad Dawhah, Qatar', cameo: { code: '042' } });
    expect(batch.sources.map((source) => source.url)).toEqual(['https://news.example.org/2024/07/31/visit', 'https://news.example.org/2024/08/01/talks']);
    expect(batch.actors.map((actor) => [actor.name, actor.kind])).toEqual([
      ['Qatar', 'state'],
      ['United States', 'state'],
      ['Egyptian Military', 'agency'],
      ['Palestine', 'state'],
    ]);
  });

  it('puts back the leading zero a numeric export dropped from the event code', () => {
    expect([...batch.ties, ...batch.meetings].find((claim) => claim.eventIds.includes('gdelt:1185100003'))!.cameo).toEqual({ code: '046', label: 'Engage in negotiation' });
  });

  it('skips an event with one actor, saying so', () => {
    expect(batch.skipped).toEqual([{ line: 3, reason: 'The event has one actor only (ISRAEL): no target' }]);
  });

  it('reads the same file tab-separated, and refuses a header without the columns it needs', () => {
    const tabbed = fixture('gdelt-header.csv')
      .split('\n')
      .map((line) => line.replace(/"([^"]*)"|,/g, (match, quoted: string | undefined) => (quoted === undefined ? '\t' : quoted)))
      .join('\n');
    expect(claimKeys(parseGdelt(tabbed))).toEqual(claimKeys(batch));
    expect(() => parseGdelt('GLOBALEVENTID,SQLDATE\n1,20240101\n')).toThrow(/lacks “Actor1Name”, “Actor2Name”, “EventCode”/);
  });
});

describe('GDELT 1.0 daily files', () => {
  it('reads 58 headerless columns in the 1.0 order, DATEADDED as YYYYMMDD', () => {
    const batch = parseGdelt(fixture('gdelt-v1.export.CSV'));
    expect(batch.errors).toEqual([]);
    expect(claimKeys(batch)).toEqual(['gdelt:312000001']);
    const [source] = batch.sources;
    expect(source).toMatchObject({ url: 'https://news.example.org/2013/04/15/talks', publishedAt: '2013-04-15' });
    expect(batch.actors.map((actor) => actor.name)).toEqual(['United States', 'Iran']);
    expect([...batch.ties, ...batch.meetings][0]!.citations[0]!.quote).toMatch(/^GDELT event of 2013-04-15 \(CAMEO 036/);
    expect(batch.skipped).toEqual([{ line: 2, reason: 'The event has one actor only (IRAN): no target' }]);
  });

  it('reads 57 columns from before April 2013, citing the data set as no article is named', () => {
    const batch = parseGdelt(fixture('gdelt-v1-2011.csv'));
    expect(batch.errors).toEqual([]);
    expect(batch.sources).toEqual([expect.objectContaining({ key: 'gdelt:dataset', url: null, publishedAt: '2011-03-01' })]);
    expect(claimKeys(batch)).toEqual(['gdelt:100000001']);
  });
});

describe('ICEWS as CSV', () => {
  const batch = parseIcews(fixture('icews-events.csv'));

  it('reads the comma-separated file with quoted fields as the .tab one', () => {
    expect(batch.errors).toEqual([]);
    const accusation = batch.ties.find((tie) => tie.eventIds.includes('icews:26010001'))!;
    expect(accusation.citations[0]!.quote).toBe('Iranians accused the United States of "economic terrorism", a crowd said outside the embassy.');
    expect(claimKeys(batch).filter((key) => /^icews:\d+$/.test(key))).toEqual(['icews:26010001', 'icews:26010002', 'icews:26010003', 'icews:26010004']);
  });

  it('skips an event with one actor, saying so', () => {
    expect(batch.skipped).toEqual([{ line: 6, reason: 'The event has one actor only (Angela Merkel): no target' }]);
  });

  it('keeps generic sector actors by default, each tied PART_OF its country once, and says so', () => {
    const partOf = batch.ties.filter((tie) => tie.type === 'PART_OF');
    expect(partOf.map((tie) => [tie.subjectKey, tie.objectKey, tie.importKey])).toEqual([
      ['name:citizen (iran)', 'name:iran', 'icews:part-of:citizen (iran)'],
      ['name:police (india)', 'name:india', 'icews:part-of:police (india)'],
    ]);
    expect(partOf[1]!.citations[0]!.quote).toBe('Indian police detained two Pakistani nationals near the border.');
    const kinds = Object.fromEntries(batch.actors.map((actor) => [actor.name, actor.kind]));
    expect(kinds).toMatchObject({ 'Citizen (Iran)': 'organization', 'Police (India)': 'agency', Iran: 'state', India: 'state' });
    // Brackets that do not hold the actor's country are part of a name, not a sector.
    expect(batch.actors.some((actor) => actor.name === 'Party of God')).toBe(false);
    expect(importNotes(batch.sectorEvents)).toEqual([expect.stringMatching(/^2 events name generic sector actors .*kept .*PART_OF its country \(sectors=keep\)/)]);
  });

  it('leaves the events of sector actors out with sectors=skip, each with its reason, and says so', () => {
    const skipping = parseImport('icews', [{ name: 'icews-events.csv', text: fixture('icews-events.csv') }], { ...DEFAULT_IMPORT_OPTIONS, sectors: 'skip' });
    expect(skipping.ties.some((tie) => tie.type === 'PART_OF')).toBe(false);
    expect(skipping.actors.map((actor) => actor.name)).not.toContain('Police (India)');
    expect(skipping.skipped.slice(0, 2)).toEqual([
      { line: 2, reason: 'The event names a generic sector actor (Citizen (Iran)), left out as asked (sectors=skip)' },
      { line: 3, reason: 'The event names a generic sector actor (Police (India)), left out as asked (sectors=skip)' },
    ]);
    expect(importNotes(skipping.sectorEvents)).toEqual([expect.stringMatching(/^2 events name generic sector actors .*left out \(sectors=skip\)/)]);
  });

  it('takes the option as a query parameter, keep by default, refusing other values by name', () => {
    expect(importParamsSchema.parse({ format: 'icews' })).toMatchObject({ sectors: 'keep' });
    expect(importParamsSchema.parse({ format: 'icews', sectors: 'skip' })).toMatchObject({ sectors: 'skip' });
    const refused = importParamsSchema.safeParse({ format: 'icews', sectors: 'drop' });
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ['sectors'], message: 'One of keep, skip' })]);
  });
});

describe('POLECAT', () => {
  it('reads the public Dataverse release, which holds no text: the quote is generated and says so, the outlet is the source', () => {
    const release = new EventBatchBuilder('polecat');
    const { events } = readPolecatEvents(fixture('polecat-dataverse.tsv'), release);
    expect(release.errors).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      importKey: 'polecat:20240731-ab12',
      date: '2024-07-31',
      source: { name: 'Israel' },
      target: { name: 'Hamas' },
      plover: { category: 'ASSAULT', mode: 'aerial', context: 'military' },
      quote: `POLECAT event of 2024-07-31 (PLOVER ASSAULT, mode aerial) between Israel and Hamas — ${GENERATED_QUOTE_NOTE}`,
      origin: { publisher: 'Reuters', publishedAt: '2024-07-31', language: 'en' },
    });
    expect(detectFormat('ngecEvents.20240731.tsv', fixture('polecat-dataverse.tsv'))).toBe('polecat');
  });

  const builder = new EventBatchBuilder('polecat');
  const { events, rows } = readPolecatEvents(fixture('polecat-events.tsv'), builder);

  it('reads its own columns into events coded in PLOVER, not CAMEO, quoting the Event Text', () => {
    expect(rows).toBe(4);
    expect(events.map((event) => [event.line, event.importKey, event.date, event.source.name, event.target.name])).toEqual([
      [2, 'polecat:20230115-0001', '2023-01-15', 'Dmytro Kuleba', 'Russia'],
      [3, 'polecat:20230116-0002', '2023-01-16', 'Olaf Scholz', 'Emmanuel Macron'],
    ]);
    expect(events.map((event) => [event.cameo, event.plover])).toEqual([
      [null, { category: 'ACCUSE', mode: 'allege', context: 'military' }],
      [null, { category: 'CONSULT', mode: 'visit', context: null }],
    ]);
    expect(events[0]!.quote).toBe('The foreign minister accused Russia of "deliberate" attacks on the grid.');
    expect(events[0]!.origin).toMatchObject({ title: 'The Kyiv Independent (POLECAT event data)', publisher: 'The Kyiv Independent' });
    expect(events[0]!.location).toBe('Kyiv, Kyiv City, Ukraine');
    expect(events.map((event) => [event.source.kind, event.target.kind])).toEqual([
      ['person', 'state'],
      ['person', 'person'],
    ]);
  });

  it('skips an event with one actor and reports a type PLOVER does not have', () => {
    expect(builder.skipped).toEqual([{ line: 4, reason: 'The event has one actor only (Protesters): no target' }]);
    expect(builder.errors).toEqual([{ line: 5, field: 'Event Type', message: '“complain” is not a PLOVER event type' }]);
  });
});

describe('ACLED', () => {
  const builder = new EventBatchBuilder('acled');
  const { events, rows } = readAcledEvents(fixture('acled-events.csv'), builder);

  it('reads an export into events typed by the PLOVER mapping, the notes quoted, both date spellings', () => {
    expect(rows).toBe(6);
    expect(events.map((event) => [event.line, event.importKey, event.date, event.plover])).toEqual([
      [2, 'acled:SDN12345', '2024-07-31', { category: 'ASSAULT', mode: null, context: null }],
      [3, 'acled:SDN12346', '2024-07-31', { category: 'AGREE', mode: null, context: null }],
      [6, 'acled:SDN12349', '2024-08-03', { category: 'ASSAULT', mode: 'heavy-weapons', context: null }],
    ]);
    expect(events.every((event) => event.cameo === null)).toBe(true);
    expect(events[0]!.quote).toBe('On 31 July 2024, SAF and RSF clashed in Omdurman, "heavy" fighting reported.');
    expect(events[0]!.origin).toMatchObject({ title: 'Sudan Tribune; Radio Dabanga (ACLED event data)' });
    expect(events[0]!.location).toBe('Omdurman, Khartoum, Sudan');
    expect(events[0]!.source).toEqual({ name: 'Military Forces of Sudan (2019-)', kind: 'agency' });
    expect(events[0]!.target).toEqual({ name: 'Rapid Support Forces', kind: 'organization' });
  });

  it('skips one-actor events and sub-types PLOVER has no category for; reports an unknown sub-type', () => {
    expect(builder.skipped).toEqual([
      { line: 4, reason: 'The event has one actor only (Protesters (Sudan)): no target' },
      { line: 5, reason: 'ACLED “Strategic developments: Change to group/activity” has no PLOVER category that says the same' },
    ]);
    expect(builder.errors).toEqual([{ line: 7, field: 'sub_event_type', message: '“Skirmish” is not a sub-event type of Battles' }]);
  });

  it('maps every ACLED sub-event type, protests and riots as PROTEST unless they are violence against people', () => {
    expect(Object.values(ACLED_TO_PLOVER).flatMap((types) => Object.keys(types))).toHaveLength(25);
    expect(ACLED_TO_PLOVER['Riots']).toEqual({
      'Violent demonstration': { category: 'PROTEST', mode: 'riot', context: null },
      'Mob violence': { category: 'ASSAULT', mode: null, context: null },
    });
    expect(ACLED_TO_PLOVER['Strategic developments']!['Arrests']).toEqual({ category: 'COERCE', mode: 'arrest', context: null });
  });
});

describe('detectFormat from the content', () => {
  it('recognises every event format by its first line, whatever the file is called', () => {
    expect(detectFormat('download.csv', fixture('gdelt-header.csv'))).toBe('gdelt');
    expect(detectFormat('download.txt', fixture('gdelt-v1.export.CSV'))).toBe('gdelt');
    expect(detectFormat('download.txt', fixture('gdelt-v1-2011.csv'))).toBe('gdelt');
    expect(detectFormat('download.txt', fixture('gdelt-events.export.CSV'))).toBe('gdelt');
    expect(detectFormat('download.csv', fixture('icews-events.csv'))).toBe('icews');
    expect(detectFormat('download.csv', fixture('icews-events.tsv'))).toBe('icews');
    expect(detectFormat('download.csv', fixture('polecat-events.tsv'))).toBe('polecat');
    expect(detectFormat('download.txt', fixture('acled-events.csv'))).toBe('acled');
    expect(detectFormat('download.txt', fixture('parley-actors.csv'))).toBe('parley-csv');
  });
});
