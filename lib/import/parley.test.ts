import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES } from '../export/csv';
import { parseCsv } from './delimited';
import { parseImport } from './parse';
import { parseParleyCsv } from './parley-csv';
import { arrayElementLines, parseParleyJson } from './parley-json';
import { ImportFormatError } from './types';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const tables = CSV_TABLES.map((table) => ({ name: `parley-${table}.csv`, text: fixture(`parley-${table}.csv`) }));

describe('parseParleyJson', () => {
  const batch = parseParleyJson(fixture('parley-export.json'));

  it('reads the records of an export, linked by id', () => {
    expect(batch.rows).toBe(10);
    expect(batch.actors.map((actor) => actor.key)).toEqual(['id:qatar', 'id:hamas', 'id:oman']);
    expect(batch.sources.map((source) => source.id)).toEqual(['gaza-ceasefire-turkey-fr', 'oman-mediation-report']);
    expect(batch.ties[1]).toMatchObject({
      id: 'oman-mediates-for-hamas',
      subjectKey: 'id:oman',
      objectKey: 'id:hamas',
      since: '2024-08',
      citations: [{ sourceKey: 'id:oman-mediation-report', quote: '=Oman, "quietly", passed messages to Hamas,\nsaid one diplomat.', credibility: 3 }],
    });
    expect(batch.meetings[0]!.participants).toEqual([
      { actorKey: 'id:oman', role: 'host' },
      { actorKey: 'id:qatar', role: 'party' },
    ]);
  });

  it('reports a bad record by the line it starts on', () => {
    expect(batch.errors).toEqual([
      expect.objectContaining({ line: 75, field: 'ties.type' }),
      { line: 121, field: 'meetings.participants', message: 'At least two participants' },
    ]);
  });

  it('refuses JSON that is not a Parley export', () => {
    expect(() => parseParleyJson('{"nodes": []}')).toThrow(ImportFormatError);
    expect(() => parseParleyJson('{"format": "parley-export", "version": 2}')).toThrow(/version/);
    expect(() => parseParleyJson('{"format": ')).toThrow(/not valid JSON/);
  });

  it('finds where each element of each top-level list starts, strings with brackets notwithstanding', () => {
    const json = '{\n "a": [\n  {"x": "]["},\n  {"y": {"z": [1,\n 2]}}\n ],\n "b": {"c": [1, 2]},\n "d": [\n 3]\n}';
    expect(arrayElementLines(json)).toEqual(
      new Map([
        ['a', [3, 4]],
        ['d', [9]],
      ]),
    );
  });
});

describe('parseParleyCsv', () => {
  const batch = parseParleyCsv(tables);

  it('reads the four tables, joining the citations to their ties and meetings', () => {
    expect(batch.rows).toBe(3 + 4 + 1 + 3);
    expect(batch.actors.map((actor) => [actor.id, actor.aliases])).toEqual([
      ['qatar', ['Katar', 'State of Qatar', 'قطر']],
      ['hamas', ['Ḥamās', 'حماس']],
      ['oman', ['Sultanate of Oman', 'سلطنة عمان']],
    ]);
    expect(batch.ties.map((tie) => [tie.id, tie.citations.length])).toEqual([
      ['qatar-mediates-for-hamas', 1],
      ['oman-mediates-for-hamas', 1],
      ['oman-funds-hamas', 0],
    ]);
    // The apostrophe the export puts before a formula-like text is taken off again; the quote spans two lines.
    expect(batch.ties[1]!.citations[0]!.quote).toBe('=Oman, "quietly", passed messages to Hamas,\nsaid one diplomat.');
    expect(batch.sources[1]).toMatchObject({ id: 'oman-mediation-report', url: 'https://example.org/oman/channel?a=1&b=2', publishedAt: '2024-08' });
  });

  it('reports bad rows with the line of their own table', () => {
    expect(batch.errors).toEqual([
      { line: 4, field: 'ties.since', message: 'A date as YYYY, YYYY-MM or YYYY-MM-DD' },
      expect.objectContaining({ line: 4, field: 'ties.confidence' }),
    ]);
  });

  it('takes any one table alone, and skips citations of claims not uploaded', () => {
    const citationsOnly = parseParleyCsv([tables[3]!]);
    expect(citationsOnly.sources).toHaveLength(2);
    expect(citationsOnly.skipped.map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it('refuses names that hide controls, reorder text or show nothing, with the rule the forms apply', () => {
    const actors = 'id,name,kind,aliases\nqatar,Qatar\u202e,state,Katar | \u200b\noman,عُمان,state,\u2067Oman\u2069\nhamas,حماس,organization,Ḥamās\n';
    const batch = parseParleyCsv([{ name: 'parley-actors.csv', text: actors }]);
    expect(batch.errors).toEqual([
      { line: 2, field: 'actors.name', message: expect.stringContaining('U+202E') },
      { line: 2, field: 'actors.aliases.1', message: 'At least one visible character: this has only invisible ones' },
      { line: 3, field: 'actors.aliases.0', message: expect.stringContaining('U+2067') },
    ]);
    expect(batch.actors.map((actor) => [actor.id, actor.name, actor.aliases])).toEqual([['hamas', 'حماس', ['Ḥamās']]]);
  });

  it('refuses a CSV that is not one of the export’s tables, naming the file', () => {
    expect(() => parseParleyCsv([{ name: 'people.csv', text: 'name,age\nAda,36\n' }])).toThrow(/“people.csv” is not one of Parley’s CSV tables/);
    expect(() => parseImport('parley-csv', [{ name: 'empty.csv', text: '' }])).toThrow(/empty/);
  });
});

describe('parseCsv', () => {
  it('keeps the line each row starts on when quoted fields span lines, with a BOM and CRLF', () => {
    const { rows, unterminatedAt } = parseCsv('\uFEFFa,b\r\n"1\r\n2",x\r\n\r\n3,"y ""z"""\r\n');
    expect(unterminatedAt).toBeNull();
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1\r\n2', 'x'] },
      { line: 5, fields: ['3', 'y "z"'] },
    ]);
    expect(parseCsv('a,b\n"open,x\n').unterminatedAt).toBe(2);
  });
});
