import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMEO_CODEBOOK } from './cameo-codebook';
import { lookupCameo, mapEvent, STATEMENTS_LEFT_OUT } from './cameo';
import { detectFormat } from './detect';
import { GENERATED_QUOTE_NOTE } from './events';
import { guessGdeltKind, parseGdelt } from './gdelt';
import { guessIcewsKind, parseIcews } from './icews';
import { DEFAULT_IMPORT_OPTIONS, ImportFormatError } from './types';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

const cameo = (code: string) => lookupCameo(code)!;
const keep = { keepStatements: true };

describe('CAMEO codes', () => {
  it('maps consultations to meetings of the codebook’s kinds, with the roles the code implies and its PLOVER mode', () => {
    expect(mapEvent(cameo('040'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'meeting', meetingKind: 'consultation' });
    expect(mapEvent(cameo('041'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'meeting', meetingKind: 'phone_call', plover: { category: 'CONSULT', mode: 'phone' } });
    expect(mapEvent(cameo('042'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'meeting', meetingKind: 'visit', sourceRole: 'party', targetRole: 'host' });
    expect(mapEvent(cameo('043'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'meeting', meetingKind: 'hosted_visit', sourceRole: 'host', targetRole: 'party' });
    expect(mapEvent(cameo('044'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'meeting', meetingKind: 'third_location' });
    expect(mapEvent(cameo('045'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'meeting', meetingKind: 'mediation', sourceRole: 'mediator', targetRole: 'party' });
    expect(mapEvent(cameo('046'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'meeting', meetingKind: 'negotiation' });
  });

  it('types every other event by the PLOVER category the crosswalk gives its code, with mode and context', () => {
    expect(mapEvent(cameo('036'), null, DEFAULT_IMPORT_OPTIONS)).toEqual({ kind: 'tie', type: 'AGREE', plover: { category: 'AGREE', mode: null, context: 'diplomatic' } });
    expect(mapEvent(cameo('0841'), null, DEFAULT_IMPORT_OPTIONS)).toEqual({ kind: 'tie', type: 'RETREAT', plover: { category: 'RETREAT', mode: 'release', context: 'legal' } });
    expect(mapEvent(cameo('173'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ kind: 'tie', type: 'COERCE', plover: { mode: 'arrest' } });
    expect(mapEvent(cameo('0813'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ type: 'RETREAT' });
    expect(mapEvent(cameo('1712'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ type: 'ASSAULT' });
    expect(mapEvent(cameo('141'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ type: 'PROTEST', plover: { mode: 'demo' } });
    // A bare root reads as its x0 code.
    expect(mapEvent(cameo('17'), null, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ type: 'COERCE' });
  });

  it('makes CAMEO 02 appeals requests, for every appeal code', () => {
    const appeals = Object.keys(CAMEO_CODEBOOK).filter((code) => code.startsWith('02'));
    expect(appeals.length).toBeGreaterThan(20);
    for (const code of appeals) expect(mapEvent(cameo(code), null, DEFAULT_IMPORT_OPTIONS), code).toMatchObject({ kind: 'tie', type: 'REQUEST' });
  });

  it('leaves CAMEO 01 statements out with one reason, and keeps them as STATEMENT ties when asked', () => {
    const statements = Object.keys(CAMEO_CODEBOOK).filter((code) => code.startsWith('01'));
    for (const code of statements) {
      expect(mapEvent(cameo(code), null, DEFAULT_IMPORT_OPTIONS)).toEqual({ kind: 'none', reason: STATEMENTS_LEFT_OUT });
      expect(mapEvent(cameo(code), null, keep)).toEqual({ kind: 'tie', type: 'STATEMENT', plover: null });
    }
  });

  it('takes the PLOVER coding a file gives over the crosswalk, with or without a CAMEO code', () => {
    const coding = { category: 'PROTEST', mode: 'riot', context: null } as const;
    expect(mapEvent(null, coding, DEFAULT_IMPORT_OPTIONS)).toEqual({ kind: 'tie', type: 'PROTEST', plover: coding });
    expect(mapEvent(cameo('036'), coding, DEFAULT_IMPORT_OPTIONS)).toMatchObject({ type: 'PROTEST' });
    expect(mapEvent(null, null, DEFAULT_IMPORT_OPTIONS)).toEqual({ kind: 'none', reason: 'The event has neither a CAMEO code nor a PLOVER category' });
  });

  it('reads codes from the codebook, putting back a leading zero a spreadsheet dropped', () => {
    expect(lookupCameo('190')).toEqual({ code: '190', label: 'Use conventional military force' });
    expect(lookupCameo('42')).toEqual({ code: '042', label: 'Make a visit' });
    expect(lookupCameo('999')).toBeNull();
    expect(lookupCameo('04a')).toBeNull();
  });
});

describe('parseIcews', () => {
  const batch = parseIcews(fixture('icews-events.tsv'));

  it('reads a tab-separated file with a BOM and CRLF line ends, naming rows by their line', () => {
    expect(batch.rows).toBe(14);
    expect(batch.ties.map((tie) => [tie.line, tie.type, tie.subjectKey, tie.objectKey])).toEqual([
      [3, 'ASSAULT', 'name:israel', 'name:hamas'],
      [5, 'ACCUSE', 'name:hamas', 'name:israel'],
      [7, 'SUPPORT', 'name:mahmoud abbas', 'name:egypt'],
      [14, 'COERCE', 'name:police (egypt)', 'name:hamas'],
      [14, 'PART_OF', 'name:police (egypt)', 'name:egypt'],
    ]);
    expect(batch.meetings.map((meeting) => [meeting.line, meeting.kind, meeting.title])).toEqual([
      [2, 'mediation', 'Qatar and Hamas: Mediate'],
      [4, 'visit', 'Türkiye and Egypt: Make a visit'],
      [6, 'hosted_visit', 'United States and Qatar: Host a visit'],
      [8, 'phone_call', 'إسماعيل هنية and Qatar: Discuss by telephone'],
    ]);
  });

  it('quotes the Event Text word for word, quotes and non-Latin script included, and keeps the code', () => {
    const accusation = batch.ties.find((tie) => tie.line === 5)!;
    expect(accusation.citations).toEqual([
      {
        sourceKey: 'icews:publisher:al jazeera',
        quote: '"They broke every promise," a Hamas spokesman said, accusing Israel of sabotaging the talks.',
        credibility: 6,
      },
    ]);
    expect(accusation).toMatchObject({ eventIds: ['icews:90000004'], since: '2024-08-03', until: '2024-08-03', cameo: { code: '112', label: 'Accuse' } });
    expect(batch.ties.find((tie) => tie.line === 7)!.citations[0]!.quote).toContain('تم توقيع الاتفاق');
  });

  it('makes one source per publisher, and one for rows without a publisher', () => {
    expect(batch.sources.map((source) => source.title)).toEqual([
      'Al Jazeera (ICEWS event data)',
      'Reuters (ICEWS event data)',
      'Anadolu Agency (ICEWS event data)',
      'Associated Press (ICEWS event data)',
      'Xinhua News Agency (ICEWS event data)',
      'ICEWS event data, publisher not given',
    ]);
    expect(batch.sources.every((source) => source.reliability === 'F' && source.language === 'en')).toBe(true);
  });

  it('reports bad rows with their line and reason, and rows with nothing to keep as skipped', () => {
    expect(batch.errors).toEqual([
      { line: 10, field: 'Event Date', message: '“2024-02-30” is not a date as YYYY-MM-DD' },
      { line: 12, field: 'CAMEO Code', message: '“999” is not a CAMEO code' },
      { line: 16, message: '21 tab-separated fields where the header has 20' },
    ]);
    expect(batch.skipped).toEqual([
      { line: 9, reason: STATEMENTS_LEFT_OUT },
      { line: 11, reason: 'The event has one actor only (Qatar): no source' },
      { line: 13, reason: 'The source and the target are the same actor (Israel)' },
    ]);
  });

  it('guesses the kind of new actors from their names and sectors', () => {
    const kinds = Object.fromEntries(batch.actors.map((actor) => [actor.name, actor.kind]));
    expect(kinds).toMatchObject({ Qatar: 'state', 'Mahmoud Abbas': 'person', 'Police (Egypt)': 'agency', Hamas: 'organization' });
    expect(guessIcewsKind('United Nations', 'Intergovernmental Organization', '')).toBe('igo');
  });

  it('refuses a file without the ICEWS header as a whole', () => {
    expect(() => parseIcews('id\tdate\n1\t2024-01-01\n')).toThrow(ImportFormatError);
    expect(() => parseIcews('')).toThrow(/empty/);
  });

  it('refuses an actor name with a direction override or only invisible characters, and keeps Arabic names', () => {
    const header = 'Event ID\tEvent Date\tSource Name\tEvent Text\tCAMEO Code\tTarget Name\tPublisher';
    const rows = ['1\t2024-01-02\tQatar\u202e\tTalks\t046\tHamas\tReuters', '2\t2024-01-02\tقطر\tTalks\t046\t\u2060\tReuters'];
    const { errors, meetings } = parseIcews(`${header}\n${rows.join('\n')}\n`);
    expect(errors).toEqual([
      { line: 2, field: 'Source Name', message: expect.stringMatching(/^The actor’s name is refused: .*U\+202E/) },
      { line: 3, field: 'Target Name', message: 'The actor’s name is refused: At least one visible character: this has only invisible ones' },
    ]);
    expect(meetings).toEqual([]);
    const arabic = parseIcews(`${header}\n3\t2024-01-02\tقطر\tTalks\t046\tحماس\tReuters\n`);
    expect(arabic.errors).toEqual([]);
    expect(arabic.actors.map((actor) => actor.name)).toEqual(['قطر', 'حماس']);
  });

  it('reads a field quoted because it holds a tab, and knows an event without an id by its content', () => {
    const header = 'Event ID\tEvent Date\tSource Name\tEvent Text\tCAMEO Code\tTarget Name\tPublisher';
    const text = `${header}\n\t2024-01-02\tQatar\t"Talks\tin ""Doha"""\t046\tHamas\tReuters\n`;
    const [twice] = [parseIcews(text), parseIcews(text)];
    const { meetings } = parseIcews(text);
    expect(meetings[0]!.citations[0]!.quote).toBe('Talks\tin "Doha"');
    expect(meetings[0]!.importKey).toMatch(/^icews:[0-9a-f]{32}$/);
    expect(twice!.meetings[0]!.importKey).toBe(meetings[0]!.importKey);
  });
});

describe('parseGdelt', () => {
  const batch = parseGdelt(fixture('gdelt-events.export.CSV'));

  it('reads 61 headerless columns into claims citing the article’s URL', () => {
    expect(batch.rows).toBe(10);
    expect(batch.ties.map((tie) => [tie.line, tie.type, tie.eventIds])).toEqual([
      [1, 'ASSAULT', ['gdelt:1185000001']],
      [9, 'ACCUSE', ['gdelt:1185000008']],
      [10, 'RETREAT', ['gdelt:1185000009']],
    ]);
    expect(batch.meetings.map((meeting) => [meeting.line, meeting.kind, meeting.date, meeting.location])).toEqual([
      [2, 'mediation', '2024-07-20', 'Doha, Ad Dawhah, Qatar'],
      [3, 'negotiation', '2024-08-01', 'Cairo, Al Qahirah, Egypt'],
    ]);
    expect(batch.sources[1]).toMatchObject({
      url: 'https://news.example.org/qatar-mediates?id=2&lang=en',
      title: 'news.example.org/qatar-mediates',
      publisher: 'news.example.org',
      publishedAt: '2024-07-20',
      reliability: 'F',
    });
  });

  it('writes a generated description as the quote, marked as not the article’s words', () => {
    expect(batch.ties[0]!.citations[0]!.quote).toBe(
      `GDELT event of 2024-07-31 (CAMEO 190 “Use conventional military force”) between Israel and Hamas — ${GENERATED_QUOTE_NOTE}`,
    );
    expect(batch.ties[0]!.summary).toMatch(/not the article’s words/);
  });

  it('names actors as written but not in capitals, and guesses kinds from the actor codes', () => {
    expect(batch.actors.map((actor) => [actor.name, actor.kind])).toEqual([
      ['Israel', 'state'],
      ['Hamas', 'organization'],
      ['Qatar', 'state'],
      ['United States', 'state'],
      ['Egyptian Armed Forces "Second Army"', 'agency'],
      ['Gaza Militants', 'organization'],
    ]);
    expect(guessGdeltKind('UNO', '', 'UNO', 'IGO')).toBe('igo');
  });

  it('reports bad rows: a bad date, an address that is not http(s), a row of another layout; skips a one-actor event', () => {
    expect(batch.errors).toEqual([
      { line: 5, field: 'SQLDATE', message: '“20241332” is not a date as YYYYMMDD' },
      { line: 7, field: 'SOURCEURL', message: '“javascript:alert(1)” is not an http:// or https:// address' },
      { line: 8, message: '57 tab-separated columns instead of 61' },
    ]);
    expect(batch.skipped).toEqual([
      { line: 4, reason: STATEMENTS_LEFT_OUT },
      { line: 6, reason: 'The event has one actor only (EGYPT): no target' },
    ]);
  });

  it('refuses a file whose every row has another number of columns', () => {
    expect(() => parseGdelt('1\t20240101\tUSA\n2\t20240102\tQAT\n')).toThrow(/not a GDELT events file/);
  });
});

describe('detectFormat', () => {
  it('tells the formats apart by their first line, then by the file name', () => {
    expect(detectFormat('export.json', '{\n  "format": "parley-export"')).toBe('parley-json');
    expect(detectFormat('events.tab', fixture('icews-events.tsv'))).toBe('icews');
    expect(detectFormat('20240731.export.CSV', fixture('gdelt-events.export.CSV'))).toBe('gdelt');
    expect(detectFormat('parley-ties.csv', fixture('parley-ties.csv'))).toBe('parley-csv');
    expect(detectFormat('notes.txt', 'hello')).toBeNull();
  });
});
