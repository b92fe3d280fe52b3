import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { TEST_ORIGIN } from '@/db/testing/requests';
import type { ImportResult } from '@/lib/import/types';
import { STATEMENTS_LEFT_OUT } from '@/lib/import/cameo';
import { MAX_IMPORT_BYTES } from '@/lib/import/protocol';
import { POST } from './route';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../../lib/import/fixtures', name), 'utf8');

/** A signed-in editor's upload from the app's own page, unless `headers` say otherwise. */
function importRequest(query: string, body: BodyInit, headers: Record<string, string> = {}): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}/api/import?${query}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/plain', Origin: TEST_ORIGIN, ...signedInAs('editor'), ...headers },
  });
}

describe('POST /api/import (against Neo4j)', () => {
  useDemoDatabase();

  it('answers 400 with a message for a missing or unknown format, a bad dryRun and a bad statements option', async () => {
    for (const query of ['dryRun=true', 'format=csv', 'format=icews&dryRun=maybe', 'format=icews&statements=all']) {
      const response = await POST(importRequest(query, fixture('icews-events.tsv')));
      expect(response.status).toBe(400);
      expect((await response.json()).error.issues[0].field).toMatch(/format|dryRun|statements/);
    }
  });

  it('answers 400, never 500, for a file that is not in the format asked for', async () => {
    const cases: [string, string, RegExp][] = [
      ['format=icews', 'just some text', /not an ICEWS event file/],
      ['format=gdelt', fixture('icews-events.tsv'), /not a GDELT events file/],
      ['format=parley-json', '{"format": "parley-export", "version": 1, "actors": {}}', /"actors" in this export is not a list/],
      ['format=parley-json', '\u0000\u0001 not json', /not valid JSON/],
      ['format=parley-csv', 'a,b\n1,2\n', /not one of Parley’s CSV tables/],
      ['format=icews', '', /empty/],
    ];
    for (const [query, body, message] of cases) {
      const response = await POST(importRequest(query, body));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.message).toMatch(message);
    }
  });

  it('lets only editors import, even on a dry run', async () => {
    const anonymous = await POST(importRequest('format=icews', fixture('icews-events.tsv'), { Cookie: '' }));
    expect(anonymous.status).toBe(401);
    const viewer = await POST(importRequest('format=icews', fixture('icews-events.tsv'), signedInAs('viewer')));
    expect(viewer.status).toBe(403);
  });

  it('keeps its answers, a refusal too, out of every cache', async () => {
    for (const response of [
      await POST(importRequest('format=icews&dryRun=true', fixture('icews-events.tsv'))),
      await POST(importRequest('format=icews', 'x', { Origin: 'https://evil.example' })),
    ]) {
      expect(response.headers.get('cache-control')).toMatch(/^private, no-store\b/);
    }
  });

  it('refuses a body over the limit before reading it', async () => {
    const response = await POST(importRequest('format=icews', 'x', { 'Content-Length': String(MAX_IMPORT_BYTES + 1) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toMatch(/larger than 50 MB, the most one import reads/);
  });

  it('previews an ICEWS file on a dry run, then imports it, and a second import creates nothing', async () => {
    const preview = (await (await POST(importRequest('format=icews&dryRun=true', fixture('icews-events.tsv')))).json()) as ImportResult;
    expect(preview).toMatchObject({ dryRun: true, format: 'icews', rows: 14, created: { actors: 2, ties: 5, meetings: 4, sources: 6 } });
    expect(preview.notes).toEqual([expect.stringMatching(/^1 event names generic sector actors .*\(sectors=keep\)/)]);
    expect(preview.errors).toContainEqual({ line: 10, field: 'Event Date', message: '“2024-02-30” is not a date as YYYY-MM-DD' });
    expect(preview.skipped).toContainEqual({ line: 9, reason: STATEMENTS_LEFT_OUT });

    const real = (await (await POST(importRequest('format=icews&dryRun=false', fixture('icews-events.tsv')))).json()) as ImportResult;
    expect(real.created).toEqual(preview.created);
    const again = (await (await POST(importRequest('format=icews&dryRun=false', fixture('icews-events.tsv')))).json()) as ImportResult;
    expect(again.created).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 0 });
  });

  it('leaves out the events of ICEWS sector actors with sectors=skip, saying why', async () => {
    const preview = (await (await POST(importRequest('format=icews&dryRun=true&sectors=skip', fixture('icews-events.tsv')))).json()) as ImportResult;
    expect(preview.notes).toEqual([expect.stringMatching(/^1 event names generic sector actors .*left out \(sectors=skip\)/)]);
    expect(preview.skipped).toContainEqual({ line: 14, reason: 'The event names a generic sector actor (Police (Egypt)), left out as asked (sectors=skip)' });

    const refused = await POST(importRequest('format=icews&sectors=drop', fixture('icews-events.tsv')));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.issues).toEqual([{ field: 'sectors', message: 'One of keep, skip' }]);
  });

  it('reads several CSV tables sent as multipart parts', async () => {
    const form = new FormData();
    for (const table of ['actors', 'ties', 'meetings', 'citations']) {
      form.append('file', new File([fixture(`parley-${table}.csv`)], `parley-${table}.csv`, { type: 'text/csv' }));
    }
    const request = new NextRequest(`${TEST_ORIGIN}/api/import?format=parley-csv&dryRun=true`, {
      method: 'POST',
      body: form,
      headers: { Origin: TEST_ORIGIN, ...signedInAs('editor') },
    });
    const response = await POST(request);
    expect(response.status).toBe(200);
    const result = (await response.json()) as ImportResult;
    expect(result).toMatchObject({ rows: 11, created: { actors: 1, ties: 1, meetings: 1, sources: 1 }, matched: { actors: 2, ties: 1 } });
  });

  it('streams progress lines, then the result, when asked for NDJSON', async () => {
    const response = await POST(importRequest('format=gdelt&dryRun=true', fixture('gdelt-events.export.CSV'), { Accept: 'application/x-ndjson' }));
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { type: string; done?: number; total?: number; result?: ImportResult });
    expect(lines[0]).toEqual({ type: 'progress', done: 0, total: 16 });
    expect(lines.at(-2)).toEqual({ type: 'progress', done: 16, total: 16 });
    expect(lines.at(-1)!.result).toMatchObject({ dryRun: true, format: 'gdelt', created: { ties: 3, meetings: 2 } });
  });
});
