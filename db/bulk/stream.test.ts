import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/import/parse';
import type { ImportFormat } from '../../lib/import/types';
import type { Principal } from '../../lib/auth/roles';
import { readStoredRecords } from '../commands/records';
import { readHistory } from '../commands/revisions';
import { updateTie } from '../commands/ties';
import type { Label } from '../commands/record-writes';
import { testDatabaseSettings } from '../testing/database';
import { useDemoDatabase } from '../testing/demo-database';
import { runBatch } from './batch';
import { driverTransactions, type ChunkTransactions } from './chunks';
import { loadLines } from './stream';

const ROOT = path.join(__dirname, '../..');
const fixturePath = (name: string) => path.join(ROOT, 'lib/import/fixtures', name);
const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');

const ADMIN: Principal = { id: 'stream-admin', username: 'stream-admin', name: 'Stream Admin', role: 'admin' };

async function* linesOf(text: string): AsyncGenerator<string> {
  for (const line of text.replace(/\n$/, '').split('\n')) yield line;
}

describe('streamed import (against Neo4j)', () => {
  const db = useDemoDatabase({ reset: 'each' });
  const database = () => testDatabaseSettings().database;
  const transactions = () => driverTransactions(db.driver(), database(), 'stream-test');
  const { query } = db;

  it.each<[ImportFormat, string]>([
    ['icews', 'icews-events.tsv'],
    ['gdelt', 'gdelt-events.export.CSV'],
  ])('reads a %s file in chunks of a few lines to the same answer as the file read whole, line numbers included', async (format, name) => {
    const whole = await runBatch(parseImport(format, [{ name, text: fixtureText(name) }]), transactions(), { dryRun: true });
    const streamed = await loadLines(linesOf(fixtureText(name)), format, transactions(), { dryRun: true, linesPerChunk: 2, chunkSize: 2 });
    const { rows, sectorEvents } = parseImport(format, [{ name, text: fixtureText(name) }]);
    expect(streamed).toEqual({ ...whole, rows, sectorEvents });
    expect(streamed.errors.length + streamed.skipped.length).toBeGreaterThan(0);
  });

  it('imports a streamed file once: the chunks written are found again, by the next chunk and by a second import', async () => {
    const twice = `${fixtureText('icews-events.tsv')}${fixtureText('icews-events.tsv').split('\n').slice(1).join('\n')}`;
    const progress: number[] = [];
    const first = await loadLines(linesOf(twice), 'icews', transactions(), { dryRun: false, linesPerChunk: 4, onProgress: ({ done }) => progress.push(done) });
    const once = await loadLines(linesOf(fixtureText('icews-events.tsv')), 'icews', transactions(), { dryRun: false, linesPerChunk: 4 });
    // The fifth tie: Police (Egypt), a generic sector actor, is part of Egypt.
    expect(first.created).toEqual({ actors: 2, ties: 5, meetings: 4, sources: 6 });
    expect(once.created).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 0 });
    expect(progress.at(-1)).toBe(twice.replace(/\n$/, '').split('\n').length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('merges a coding with its partner in the chunk before, even while that chunk is still committing', async () => {
    // Each commit held back a while, as a chunk of thousands of claims takes: the visit (042) of the first chunk is
    // still committing when the second chunk reads the host's coding (043) of the same sentence.
    const slowCommits: ChunkTransactions = {
      read: (work) => transactions().read(work),
      write: (work) =>
        transactions().write(async (tx, change) => {
          const value = await work(tx, change);
          await new Promise((resolve) => setTimeout(resolve, 300));
          return value;
        }),
    };
    const [header, ...rows] = fixtureText('icews-reciprocal.tsv').trimEnd().split('\n');
    const row = (eventId: string) => rows.find((line) => line.startsWith(`${eventId}\t`))!;
    /** Row 7002 (Israel strikes Syria) as another event, with another source actor. */
    const strike = (eventId: string, story: string, source: string[] = ['Israel', '', 'Israel']) => {
      const fields = row('7002').split('\t');
      fields.splice(0, 1, eventId);
      fields.splice(2, 3, ...source);
      fields.splice(11, 1, story);
      return fields.join('\t');
    };
    const police = ['Police (Israel)', 'Police', 'Israel'];
    // The first chunk: a strike, the visit, and a strike by the police, part of Israel; the second: another strike,
    // the host's side of the visit (to be found in the first), and another strike by the police.
    const file = [header, row('7002'), row('7003'), strike('7011', '3011', police), strike('7010', '3010'), row('7005'), strike('7012', '3012', police)];
    const report = await loadLines(linesOf(file.join('\n')), 'icews', slowCommits, { dryRun: false, linesPerChunk: 4 });
    // Ties: four strikes, and the police PART_OF Israel once.
    expect(report).toMatchObject({ created: { ties: 5, meetings: 1 }, merged: 1 });
    expect(await query("MATCH (t:Tie {type: 'PART_OF'}) WHERE t.importKey IS NOT NULL RETURN t.subjectId AS part, t.objectId AS whole")).toEqual([{ part: 'police-israel', whole: 'israel' }]);
    expect(
      await query(
        `MATCH (m:Meeting) WHERE m.importKey STARTS WITH 'icews:'
         RETURN m.eventIds AS eventIds, COLLECT { MATCH (m)-[p:PARTICIPANT]->(a:Actor) RETURN a.name + ':' + p.role ORDER BY a.name } AS participants`,
      ),
    ).toEqual([{ eventIds: ['icews:7003', 'icews:7005'], participants: ['Benjamin Netanyahu:party', 'Russia:host'] }]);
  });

  it('records the import once, and opens each created record’s history with it, holding the fields it was created with', async () => {
    await loadLines(linesOf(fixtureText('icews-events.tsv')), 'icews', transactions(), { dryRun: false, linesPerChunk: 5 });
    const [imported] = await query("MATCH (i:Import {editor: 'stream-test'}) RETURN i.id AS id, i.records AS records, i.at AS at");
    const created = await query(
      `MATCH (n) WHERE n.importId = $importId
       RETURN [label IN labels(n) WHERE label IN ['Actor', 'Tie', 'Meeting', 'Source']][0] AS label, n.id AS id`,
      { importId: imported!.id },
    );
    expect(created).toHaveLength(imported!.records as number);
    expect(new Set(created.map((record) => record.label))).toEqual(new Set(['Actor', 'Tie', 'Meeting', 'Source']));
    expect(await query("MATCH (r:Revision {editor: 'stream-test'}) RETURN count(r) AS count")).toEqual([{ count: 0 }]);
    for (const { label, id } of created) {
      const history = await readHistory({ label: label as Label, id: id as string, principal: ADMIN });
      const session = db.driver().session({ database: database() });
      const stored = (await session.executeRead((tx) => readStoredRecords(tx, label as Label, [id as string])).finally(() => session.close())).get(id as string)!;
      expect(history).toEqual([{ id: imported!.id, at: imported!.at, editor: 'stream-test', editorId: null, action: 'import', before: null, after: expect.objectContaining(stored.ownFields) }]);
    }
  });

  it('shows an imported claim’s history as it was imported, once edited since', async () => {
    await loadLines(linesOf(fixtureText('icews-events.tsv')), 'icews', transactions(), { dryRun: false });
    const [tie] = await query("MATCH (t:Tie WHERE 'icews:90000002' IN t.eventIds) RETURN t.id AS id, t.summary AS summary, t.cameoCode AS cameoCode");
    const id = tie!.id as string;
    await updateTie({ id, version: 1, changes: { summary: 'Checked against the Reuters wire.' }, principal: ADMIN });
    const [edit, imported] = await readHistory({ label: 'Tie', id, principal: ADMIN });
    expect(edit).toMatchObject({ action: 'update', before: { summary: tie!.summary }, after: { summary: 'Checked against the Reuters wire.' } });
    expect(imported).toMatchObject({ action: 'import', before: null, after: { id, summary: tie!.summary, cameoCode: tie!.cameoCode, eventIds: ['icews:90000002'] } });
  });

  it('imports a file from the command line, streamed, with progress and the report', async () => {
    const settings = testDatabaseSettings();
    const run = (...args: string[]) =>
      promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['db/cli/import.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: settings.uri, NEO4J_USERNAME: settings.username, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database ?? '' },
      });
    const dry = await run(fixturePath('icews-events.tsv'), '--dry-run', '--json');
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, format: 'icews', rows: 14, created: { actors: 2, ties: 5, meetings: 4, sources: 6 } });
    expect(await query('MATCH (n:Tie) WHERE n.importKey STARTS WITH "icews:" RETURN n')).toEqual([]);

    const real = await run(fixturePath('icews-events.tsv'));
    expect(real.stdout).toContain('Imported 14 icews rows.');
    expect(real.stdout).toContain('Created: 2 actors, 5 ties, 4 meetings, 6 sources.');
    expect(real.stdout).toMatch(/line 10.*\n/);
    expect(real.stderr).toMatch(/\[#+\] (\d+) of \1 lines · [\d,]+ lines a second, about 0 s left/);
    expect(await query('MATCH (n:Tie) WHERE n.importKey STARTS WITH "icews:" RETURN count(n) AS count')).toEqual([{ count: 5 }]);

    await expect(run(fixturePath('icews-events.tsv'), '--format', 'csv')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--format: “csv” is not one of') });
  });
});
