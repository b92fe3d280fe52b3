import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGdelt } from './gdelt';
import { parseIcews } from './icews';
import { eventKeyOf, type CodingIdentity } from './reciprocal';
import type { ImportBatch } from './types';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const reciprocal = fixture('icews-reciprocal.tsv');

/** What an analyst sees of a batch's claims, whatever line of the file each came from. */
const claimsOf = (batch: ImportBatch) => ({
  meetings: batch.meetings.map(({ line: _line, ...meeting }) => meeting).sort((a, b) => a.importKey!.localeCompare(b.importKey!)),
  ties: batch.ties.map(({ line: _line, ...tie }) => tie).sort((a, b) => a.importKey!.localeCompare(b.importKey!)),
});

describe('reciprocal codings of one event', () => {
  const batch = parseIcews(reciprocal);
  const meetingOf = (eventId: string) => batch.meetings.find((meeting) => meeting.eventIds.includes(eventId))!;

  it('makes one phone call of the A→B and B→A codings of one sentence, far apart in the file, citing both', () => {
    const call = meetingOf('icews:7001');
    expect(call.eventIds).toEqual(['icews:7001', 'icews:7004']);
    expect(call.kind).toBe('phone_call');
    expect(call.participants).toEqual([
      { actorKey: 'name:benjamin netanyahu', role: 'party' },
      { actorKey: 'name:vladimir putin', role: 'party' },
    ]);
    expect(call.citations.map((citation) => citation.quote)).toEqual([
      'Netanyahu spoke with Putin by phone about Syria, his office said.',
      'Netanyahu spoke with Putin by phone about Syria, the Kremlin said.',
    ]);
    expect(call.summary).toContain('Merged with icews:7004');
  });

  it('makes one visit of “make a visit” (042) and “host a visit” (043), the visitor a party and the host the host', () => {
    const visit = meetingOf('icews:7005');
    expect(visit).toMatchObject({ kind: 'visit', eventIds: ['icews:7003', 'icews:7005'], date: '2018-06-03' });
    expect(visit.participants).toEqual([
      { actorKey: 'name:benjamin netanyahu', role: 'party' },
      { actorKey: 'name:russia', role: 'host' },
    ]);
    expect(visit.citations).toHaveLength(2);
  });

  it('makes one tie of an exact repeat (same sentence, day, direction and code), its identical citation once', () => {
    expect(batch.ties).toHaveLength(1);
    expect(batch.ties[0]).toMatchObject({ eventIds: ['icews:7002', 'icews:7006'], citations: [{ quote: 'Israeli jets struck targets near Damascus.' }] });
  });

  it('keeps apart a call of another sentence', () => {
    expect(meetingOf('icews:7007').eventIds).toEqual(['icews:7007']);
    expect(batch.meetings).toHaveLength(3);
  });

  it('gives the same claims whatever the order of the rows', () => {
    const [header, ...rows] = reciprocal.trimEnd().split('\n');
    const reversed = parseIcews([header, ...rows.reverse()].join('\n'));
    expect(claimsOf(reversed)).toEqual(claimsOf(batch));
  });

  it('merges a GDELT event coded from both sides of one article', () => {
    const [talks] = fixture('gdelt-events.export.CSV').split('\n').filter((line) => line.includes('/2024/08/01/talks'));
    const fields = talks!.split('\t');
    // Actor1 is columns 5–14, Actor2 15–24: the same event seen from the other side, with its own event id.
    const swapped = ['1185000099', ...fields.slice(1, 5), ...fields.slice(15, 25), ...fields.slice(5, 15), ...fields.slice(25)];
    const gdelt = parseGdelt(`${talks}\n${swapped.join('\t')}\n`);
    expect(gdelt.meetings).toHaveLength(1);
    expect(gdelt.meetings[0]).toMatchObject({ kind: 'negotiation', eventIds: ['gdelt:1185000003', 'gdelt:1185000099'] });
    expect(gdelt.meetings[0]!.citations).toHaveLength(2);
  });
});

describe('eventKeyOf', () => {
  const call: CodingIdentity = {
    format: 'icews',
    codingKey: 'icews:1',
    report: 'icews:story:9:1',
    date: '2018-06-01',
    code: '041',
    subjectKey: 'name:a',
    objectKey: 'name:b',
  };

  it('gives either coding of an event alone the same key, so that a later import finds the record of the other', () => {
    expect(eventKeyOf({ ...call, codingKey: 'icews:2', subjectKey: 'name:b', objectKey: 'name:a' })).toBe(eventKeyOf(call));
    const visit = { ...call, code: '042' };
    expect(eventKeyOf({ ...visit, code: '043', subjectKey: 'name:b', objectKey: 'name:a' })).toBe(eventKeyOf(visit));
  });

  it('tells apart what is not one event: two visits each way, another day, report or code, a tie the other way', () => {
    const visit = { ...call, code: '042' };
    const keys = [
      eventKeyOf(call),
      eventKeyOf(visit),
      eventKeyOf({ ...visit, subjectKey: 'name:b', objectKey: 'name:a' }),
      eventKeyOf({ ...call, date: '2018-06-02' }),
      eventKeyOf({ ...call, report: 'icews:story:9:2' }),
      eventKeyOf({ ...call, code: '045' }),
      eventKeyOf({ ...call, code: '190' }),
      eventKeyOf({ ...call, code: '190', subjectKey: 'name:b', objectKey: 'name:a' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keys a coding by its own id when the data names no report', () => {
    expect(eventKeyOf({ ...call, report: null })).toBe('icews:1');
  });
});
