import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv, CSV_TABLES } from '../../lib/export/csv';
import { STATEMENTS_LEFT_OUT } from '../../lib/import/cameo';
import { parseImport } from '../../lib/import/parse';
import { DEFAULT_IMPORT_OPTIONS, type ImportFormat } from '../../lib/import/types';
import { parseViewState } from '../../lib/view-state';
import { getViewBundle } from '../queries/export';
import { testDatabaseSettings, wipeData } from '../testing/database';
import { useDemoDatabase } from '../testing/demo-database';
import { migrate } from '../migrate';
import type { Principal } from '../../lib/auth/roles';
import { eventIdSuffix } from './chunks';
import { loadBatch } from './load';

const fixture = (name: string) => ({ name, text: readFileSync(path.join(__dirname, '../../lib/import/fixtures', name), 'utf8') });
const PARLEY_TABLES = CSV_TABLES.map((table) => fixture(`parley-${table}.csv`));

// Revisions are signed with the principal's name; the loader checks the role itself.
const IMPORTER: Principal = { id: 'import-test', username: 'import-test', name: 'import-test', role: 'editor' };

function importFiles(format: ImportFormat, files: { name: string; text: string }[], dryRun: boolean, keepStatements = false) {
  return loadBatch(parseImport(format, files, { ...DEFAULT_IMPORT_OPTIONS, keepStatements }), { principal: IMPORTER, dryRun, chunkSize: 3 });
}

describe('loadBatch (against Neo4j)', () => {
  const db = useDemoDatabase({ reset: 'each' });
  const database = () => testDatabaseSettings().database;
  const { query } = db;
  /** How many nodes of every label and relationships of every type: a dry run must leave all of them as they were. */
  const census = async () => ({
    nodes: await query('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label'),
    relationships: await query('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type'),
  });

  it('previews an ICEWS file on a dry run without writing anything, and the real run does what it previewed', async () => {
    const before = await census();
    const preview = await importFiles('icews', [fixture('icews-events.tsv')], true);
    expect(await census()).toEqual(before);

    expect(preview.dryRun).toBe(true);
    // The fifth tie: Police (Egypt), a generic sector actor, is part of Egypt.
    expect(preview.created).toEqual({ actors: 2, ties: 5, meetings: 4, sources: 6 });
    // Qatar, Hamas, Israel, Türkiye (Turkey), Egypt, the United States and إسماعيل هنية (Haniyeh) are demo actors.
    expect(preview.matched).toEqual({ actors: 7, ties: 0, meetings: 0, sources: 0 });
    expect(preview.skipped.map((row) => row.line)).toEqual([9, 11, 13]);
    expect(preview.errors.map((row) => row.line)).toEqual([10, 12, 16]);

    const real = await importFiles('icews', [fixture('icews-events.tsv')], false);
    // Only the real run has ids for what it created, to link to them.
    expect(preview.imported).toEqual({ ids: [], total: 0 });
    expect({ ...real, dryRun: true, imported: preview.imported }).toEqual(preview);
  });

  it('says which row of the file matched which recorded actor, and the real run lists the actors it brought in', async () => {
    const preview = await importFiles('icews', [fixture('icews-events.tsv')], true);
    expect(preview.actorMatches).toContainEqual({ line: 4, name: 'Türkiye', id: 'turkey', existingName: 'Turkey' });
    expect(preview.actorMatches).toContainEqual({ line: 8, name: 'إسماعيل هنية', id: 'ismail-haniyeh', existingName: 'Ismail Haniyeh' });
    // Each recorded actor is said once, at the first row that names it; actors this file creates are not matches.
    expect(preview.actorMatches.map((match) => match.id).sort()).toEqual(['egypt', 'hamas', 'ismail-haniyeh', 'israel', 'qatar', 'turkey', 'united-states']);

    const real = await importFiles('icews', [fixture('icews-events.tsv')], false);
    expect(real.actorMatches).toEqual(preview.actorMatches);
    expect(real.imported.total).toBe(9);
    expect(real.imported.ids).toEqual(expect.arrayContaining(['qatar', 'turkey', 'mahmoud-abbas', 'ismail-haniyeh']));
    expect(new Set(real.imported.ids).size).toBe(9);
  });

  it('names the recorded actor a differently spelled name of a Parley file was merged into', async () => {
    const file = JSON.stringify({
      format: 'parley-export',
      version: 1,
      actors: [{ id: 'ismail-haniye', name: 'Ismaïl Haniyé', kind: 'person', aliases: [], description: '', country: null, wikidataId: null }],
      ties: [],
      meetings: [],
      sources: [],
    });
    const preview = await importFiles('parley-json', [{ name: 'haniye.json', text: file }], true);
    // "Ismail Haniye" is one of his aliases: folded, the two spellings are one.
    expect(preview.actorMatches).toEqual([{ line: 1, name: 'Ismaïl Haniyé', id: 'ismail-haniyeh', existingName: 'Ismail Haniyeh' }]);
  });

  it('links ICEWS events to the demo actors instead of making new ones, typed by PLOVER category with the CAMEO code kept', async () => {
    await importFiles('icews', [fixture('icews-events.tsv')], false);
    expect(await query("MATCH (a:Actor) WHERE a.name IN ['Qatar', 'Hamas', 'Israel'] RETURN a.id AS id ORDER BY id")).toEqual([
      { id: 'hamas' },
      { id: 'israel' },
      { id: 'qatar' },
    ]);
    const [mediation] = await query(
      `MATCH (m:Meeting WHERE 'icews:90000001' IN m.eventIds)
       RETURN m.kind AS kind, m.date AS date, m.cameoCode AS code, m.cameoLabel AS label,
              COLLECT { MATCH (m)-[p:PARTICIPANT]->(a) RETURN a.id + ':' + p.role ORDER BY a.id } AS participants,
              COLLECT { MATCH (m)-[c:CITES]->(s) RETURN s.publisher + ': ' + c.quote } AS citations`,
    );
    expect(mediation).toEqual({
      kind: 'mediation',
      date: '2024-07-20',
      code: '045',
      label: 'Mediate',
      participants: ['hamas:party', 'qatar:mediator'],
      citations: ['Al Jazeera: Qatar mediated between Hamas and Israel in Doha on Saturday.'],
    });
    const [call] = await query("MATCH (m:Meeting WHERE 'icews:90000006' IN m.eventIds)-[:PARTICIPANT]->(a:Actor) RETURN collect(a.id) AS ids");
    expect(call!.ids).toContain('ismail-haniyeh');
    const [visit] = await query("MATCH (m:Meeting WHERE 'icews:90000003' IN m.eventIds)-[p:PARTICIPANT]->(a:Actor) RETURN collect(a.id + ':' + p.role) AS ids");
    expect((visit!.ids as string[]).sort()).toEqual(['egypt:host', 'turkey:party']);
    const [strike] = await query(
      `MATCH (s:Actor)<-[:SUBJECT]-(r:Tie WHERE 'icews:90000002' IN r.eventIds)-[:OBJECT]->(o:Actor)
       RETURN r.id AS id, r.type AS type, s.id AS subject, o.id AS object, r.confidence AS confidence,
              r.cameoCode AS cameoCode, r.cameoLabel AS cameoLabel, r.ploverMode AS ploverMode, r.ploverContext AS ploverContext`,
    );
    expect(strike).toEqual({
      id: expect.stringMatching(/^israel-assault-hamas-2024-07-31-[0-9a-f]{8}$/),
      type: 'ASSAULT',
      subject: 'israel',
      object: 'hamas',
      confidence: 'low',
      cameoCode: '190',
      cameoLabel: 'Use conventional military force',
      ploverMode: null,
      ploverContext: 'military',
    });
    const [arrest] = await query("MATCH (r:Tie WHERE 'icews:90000012' IN r.eventIds) RETURN r.type AS type, r.ploverMode AS mode");
    expect(arrest).toEqual({ type: 'COERCE', mode: 'arrest' });
    const [abbas] = await query("MATCH (a:Actor {name: 'Mahmoud Abbas'}) RETURN a.id AS id, a.kind AS kind, a.version AS version");
    expect(abbas).toEqual({ id: 'mahmoud-abbas', kind: 'person', version: 1 });
    const [history] = await query(
      `MATCH (tie:Tie WHERE 'icews:90000002' IN tie.eventIds), (i:Import {id: tie.importId})
       RETURN i.editor AS editor, i.editorId AS editorId, COUNT { (:Revision)-[:OF]->(tie) } AS revisions`,
    );
    expect(history).toEqual({ editor: 'import-test', editorId: 'import-test', revisions: 0 });
  });

  it('leaves the CAMEO 01 statement out by default, and imports it as a STATEMENT tie when asked', async () => {
    const skipping = await importFiles('icews', [fixture('icews-events.tsv')], true);
    expect(skipping.skipped).toContainEqual({ line: 9, reason: STATEMENTS_LEFT_OUT });
    const keeping = await importFiles('icews', [fixture('icews-events.tsv')], false, true);
    expect(keeping.skipped.map((row) => row.line)).not.toContain(9);
    const [statement] = await query("MATCH (r:Tie WHERE 'icews:90000007' IN r.eventIds) RETURN r.type AS type, r.cameoCode AS code");
    expect(statement).toEqual({ type: 'STATEMENT', code: '010' });
  });

  it('creates nothing when the same ICEWS or GDELT file is imported again', async () => {
    for (const [format, file] of [
      ['icews', 'icews-events.tsv'],
      ['gdelt', 'gdelt-events.export.CSV'],
    ] as const) {
      const first = await importFiles(format, [fixture(file)], false);
      const afterFirst = await census();
      const second = await importFiles(format, [fixture(file)], false);
      expect(await census()).toEqual(afterFirst);
      expect(second.created).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 0 });
      const total = (counts: typeof first.created) => counts.actors + counts.ties + counts.meetings + counts.sources;
      expect(total(second.matched)).toBe(total(first.created) + total(first.matched));
    }
  });

  describe('reciprocal codings of one event', () => {
    const reciprocal = fixture('icews-reciprocal.tsv');
    const [header, ...rows] = reciprocal.text.trimEnd().split('\n');
    /** The fixture with only the rows of these ICEWS Event IDs. */
    const withEvents = (...eventIds: string[]) => ({
      name: 'part.tsv',
      text: [header, ...rows.filter((row) => eventIds.includes(row.split('\t')[0]!))].join('\n'),
    });
    /** The meetings of Netanyahu's call with Putin and of his visit to Russia, as an analyst reads them. */
    const netanyahuMeetings = () =>
      query(
        `MATCH (m:Meeting)-[:PARTICIPANT]->(:Actor {name: 'Benjamin Netanyahu'})
         RETURN m.kind AS kind, m.date AS date, m.eventIds AS eventIds, m.version AS version,
                COLLECT { MATCH (m)-[p:PARTICIPANT]->(a:Actor) RETURN a.name + ':' + p.role ORDER BY a.name } AS participants,
                COLLECT { MATCH (m)-[c:CITES]->(:Source) RETURN c.quote ORDER BY c.quote } AS quotes
         ORDER BY m.date, m.eventIds[0]`,
      );
    const call = {
      kind: 'phone_call',
      date: '2018-06-01',
      eventIds: ['icews:7001', 'icews:7004'],
      participants: ['Benjamin Netanyahu:party', 'Vladimir Putin:party'],
      quotes: ['Netanyahu spoke with Putin by phone about Syria, his office said.', 'Netanyahu spoke with Putin by phone about Syria, the Kremlin said.'],
    };
    const visit = {
      kind: 'visit',
      date: '2018-06-03',
      eventIds: ['icews:7003', 'icews:7005'],
      participants: ['Benjamin Netanyahu:party', 'Russia:host'],
      quotes: ['Netanyahu arrived in Moscow for talks.', 'Russia received Netanyahu in Moscow for talks.'],
    };

    it('makes one meeting of a call coded both ways and one of a visit made and hosted, citing both codings', async () => {
      const report = await importFiles('icews', [reciprocal], false);
      expect(report.merged).toBe(3);
      expect(report.created).toMatchObject({ ties: 1, meetings: 3 });
      const meetings = await netanyahuMeetings();
      expect(meetings.filter((meeting) => (meeting.eventIds as string[]).length === 2)).toEqual([
        { ...call, version: 1 },
        { ...visit, version: 1 },
      ]);
      const [strike] = await query("MATCH (r:Tie WHERE 'icews:7006' IN r.eventIds) RETURN r.eventIds AS eventIds, COUNT { (r)-[:CITES]->() } AS citations");
      expect(strike).toEqual({ eventIds: ['icews:7002', 'icews:7006'], citations: 1 });
    });

    it('creates nothing and merges nothing when the file is imported again', async () => {
      await importFiles('icews', [reciprocal], false);
      const before = await census();
      const again = await importFiles('icews', [reciprocal], false);
      expect(again.created).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 0 });
      expect(again).toMatchObject({ merged: 0, matched: { ties: 1, meetings: 3 } });
      expect(await census()).toEqual(before);
    });

    it('completes the meeting of one coding when its partner comes in a later import, and neither alone makes another', async () => {
      const first = await importFiles('icews', [withEvents('7001', '7005')], false);
      expect(first).toMatchObject({ merged: 0, created: { meetings: 2 } });
      const preview = await importFiles('icews', [withEvents('7004', '7003')], true);
      const second = await importFiles('icews', [withEvents('7004', '7003')], false);
      expect(second).toMatchObject({ merged: 2, created: { meetings: 0 }, matched: { meetings: 2 } });
      expect(preview).toMatchObject({ merged: 2, created: second.created, matched: second.matched });
      // The visit was first recorded from the host's side (043); it keeps that kind, and gains the visitor's quote.
      expect(await netanyahuMeetings()).toEqual([
        { ...call, version: 2 },
        { ...visit, kind: 'hosted_visit', version: 2 },
      ]);
      const [revision] = await query(
        "MATCH (r:Revision {action: 'update'})-[:OF]->(m:Meeting WHERE 'icews:7004' IN m.eventIds) RETURN r.editor AS editor, r.before AS before, r.after AS after",
      );
      expect(revision!.editor).toBe('import-test');
      expect(JSON.parse(revision!.before as string)).toMatchObject({ eventIds: ['icews:7001'] });
      expect(JSON.parse(revision!.after as string).citations).toHaveLength(2);
      const third = await importFiles('icews', [withEvents('7001')], false);
      expect(third).toMatchObject({ merged: 0, created: { meetings: 0 }, matched: { meetings: 1 } });
    });

    it('matches a meeting imported before codings were merged (keyed by its Event ID) instead of making another', async () => {
      await importFiles('icews', [withEvents('7003')], false);
      // As the import stored it before: keyed `icews:<Event ID>`, no list of codings.
      await query("MATCH (m:Meeting WHERE 'icews:7003' IN m.eventIds) SET m.importKey = 'icews:7003' REMOVE m.eventIds");
      // Migration 019 marks a database holding such claims.
      await query("MATCH (m:Migration {id: '019-imports'}) DELETE m");
      await migrate(db.driver(), database());
      const report = await importFiles('icews', [withEvents('7003', '7005')], false);
      expect(report).toMatchObject({ created: { meetings: 0 }, matched: { meetings: 1 }, merged: 1 });
      const [old] = await query("MATCH (m:Meeting {importKey: 'icews:7003'}) RETURN m.eventIds AS eventIds, COUNT { (m)-[:CITES]->() } AS citations");
      expect(old).toEqual({ eventIds: ['icews:7003', 'icews:7005'], citations: 2 });
      expect(await query('MATCH (m:Meeting {date: $date}) RETURN count(m) AS count', { date: '2018-06-03' })).toEqual([{ count: 1 }]);
    });
  });

  it('imports GDELT events citing their article, with a generated description marked as not a quote', async () => {
    const report = await importFiles('gdelt', [fixture('gdelt-events.export.CSV')], false);
    expect(report.created).toEqual({ actors: 2, ties: 3, meetings: 2, sources: 5 });
    expect(report.errors.map((row) => `${row.line} ${row.field ?? ''}`)).toEqual(['5 SQLDATE', '7 SOURCEURL', '8 ']);
    const [claim] = await query(
      `MATCH (r:Tie WHERE 'gdelt:1185000001' IN r.eventIds)-[c:CITES]->(s:Source)
       RETURN c.quote AS quote, c.credibility AS credibility, s.url AS url, s.reliability AS reliability, s.language AS language`,
    );
    expect(claim).toEqual({
      quote: 'GDELT event of 2024-07-31 (CAMEO 190 “Use conventional military force”) between Israel and Hamas — generated from the coded event, not a verbatim quote',
      credibility: 6,
      url: 'https://www.example.com/world/2024/07/31/strike',
      reliability: 'F',
      language: 'und',
    });
  });

  /**
   * Every field the forms write, read straight from Neo4j (not through the export), with each claim's citations:
   * what an export and an import of it into an empty database must give back unchanged.
   */
  const formRecords = async () => ({
    actors: await query(
      `MATCH (a:Actor) WHERE a.deletedAt IS NULL
       RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.description AS description,
              a.country AS country, a.wikidataId AS wikidataId ORDER BY id`,
    ),
    sources: await query(
      `MATCH (s:Source) WHERE s.deletedAt IS NULL
       RETURN s.id AS id, s.title AS title, s.url AS url, s.publisher AS publisher, s.publishedAt AS publishedAt,
              s.language AS language, s.section AS section, s.reliability AS reliability ORDER BY id`,
    ),
    ties: await query(
      `MATCH (subject:Actor)<-[:SUBJECT]-(r:Tie)-[:OBJECT]->(object:Actor) WHERE r.deletedAt IS NULL
       RETURN r.id AS id, r.type AS type, subject.id AS subjectId, object.id AS objectId, r.since AS since,
              r.until AS until, r.confidence AS confidence, r.summary AS summary,
              COLLECT { MATCH (r)-[c:CITES]->(s:Source) RETURN [s.id, c.quote, toString(c.credibility)] ORDER BY s.id, c.quote } AS citations
       ORDER BY id`,
    ),
    meetings: await query(
      `MATCH (m:Meeting) WHERE m.deletedAt IS NULL
       RETURN m.id AS id, m.title AS title, m.kind AS kind, m.date AS date, m.location AS location, m.summary AS summary,
              COLLECT { MATCH (m)-[p:PARTICIPANT]->(a:Actor) RETURN a.id + ':' + p.role ORDER BY a.id } AS participants,
              COLLECT { MATCH (m)-[c:CITES]->(s:Source) RETURN [s.id, c.quote, toString(c.credibility)] ORDER BY s.id, c.quote } AS citations
       ORDER BY id`,
    ),
  });

  /** The demo data with every optional field the forms offer filled somewhere, so that none can be lost unseen. */
  async function fillEveryFormField(): Promise<void> {
    await query(
      `MATCH (m:Meeting) WITH m ORDER BY m.id LIMIT 1
       SET m.location = 'Doha, Qatar', m.summary = '-Talks "behind closed doors", per the article.'`,
    );
    await query("MATCH (s:Source {id: 'gaza-ceasefire-turkey-fr'}) SET s.url = 'https://example.org/article?a=1&b=2', s.publisher = 'Example Press'");
  }

  it('round-trips a JSON export: exported, wiped, imported, every field the forms write comes back', async () => {
    await fillEveryFormField();
    const before = await formRecords();
    // The fields that exports used to drop are there to be lost.
    expect(before.actors.find((actor) => actor.id === 'turkey')).toMatchObject({ country: 'TUR', wikidataId: 'Q43' });
    expect(before.actors.every((actor) => actor.description)).toBe(true);
    expect(before.ties.every((tie) => tie.summary)).toBe(true);
    expect(before.meetings.some((meeting) => meeting.location && meeting.summary)).toBe(true);
    expect(before.sources[0]).toMatchObject({ section: 'Actualités vidéo' });

    const bundle = await getViewBundle(parseViewState({}).state, 'http://test');
    await wipeData(db.driver());
    const report = await importFiles('parley-json', [{ name: 'export.json', text: JSON.stringify(bundle, null, 2) }], false);
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual({ actors: 11, ties: 14, meetings: 2, sources: 1 });
    expect(await formRecords()).toEqual(before);
    const again = await getViewBundle(parseViewState({}).state, 'http://test');
    expect({ ...again, exportedAt: '' }).toEqual({ ...bundle, exportedAt: '' });
  });

  it('round-trips the four CSV tables of an export, every field the forms write included', async () => {
    await fillEveryFormField();
    const before = await formRecords();
    const bundle = await getViewBundle(parseViewState({}).state, 'http://test');
    await wipeData(db.driver());
    const files = CSV_TABLES.map((table) => ({ name: `${table}.csv`, text: toCsv(bundle, table) }));
    const report = await importFiles('parley-csv', files, false);
    expect(report.errors).toEqual([]);
    expect(await formRecords()).toEqual(before);
    const again = await getViewBundle(parseViewState({}).state, 'http://test');
    for (const table of CSV_TABLES) expect(toCsv(again, table)).toBe(toCsv(bundle, table));
    const second = await importFiles('parley-csv', files, false);
    expect(second.created).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 0 });
  });

  it('matches records of a Parley file by id, creates the rest and reports bad rows by line', async () => {
    const json = await importFiles('parley-json', [fixture('parley-export.json')], false);
    expect(json.created).toEqual({ actors: 1, ties: 1, meetings: 1, sources: 1 });
    expect(json.matched).toEqual({ actors: 2, ties: 1, meetings: 0, sources: 1 });
    expect(json.errors).toEqual([
      expect.objectContaining({ line: 75, field: 'ties.type' }),
      expect.objectContaining({ line: 121, field: 'meetings.participants', message: 'At least two participants' }),
    ]);
    const csv = await importFiles('parley-csv', PARLEY_TABLES, false);
    expect(csv.created).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 0 });
    expect(csv.errors).toEqual([
      { line: 4, field: 'ties.since', message: 'A date as YYYY, YYYY-MM or YYYY-MM-DD' },
      expect.objectContaining({ line: 4, field: 'ties.confidence' }),
      { line: 5, field: 'citations', message: 'A new tie needs at least one citation: every claim is sourced' },
    ]);
    const [quote] = await query("MATCH (:Tie {id: 'oman-mediates-for-hamas'})-[c:CITES]->() RETURN c.quote AS quote");
    expect(quote!.quote).toBe('=Oman, "quietly", passed messages to Hamas,\nsaid one diplomat.');
  });

  it('names the line of a claim whose actor is in neither the file nor the database', async () => {
    const ties = 'id,type,family,subject_id,subject_name,object_id,object_name,since,until,confidence,citations\r\nnobody-funds-hamas,FUNDS,cooperation,nobody,Nobody,hamas,Hamas,,,low,1\r\n';
    const citations = PARLEY_TABLES.find((file) => file.name.includes('citations'))!.text.replace('oman-mediates-for-hamas', 'nobody-funds-hamas');
    const report = await importFiles('parley-csv', [{ name: 'ties.csv', text: ties }, { name: 'citations.csv', text: citations }], true);
    expect(report.errors).toContainEqual({ line: 2, field: 'subject', message: 'No actor with id “nobody” in the file or the database' });
  });

  it('gives events that read alike ids of their own, made from their keys, and a free numbered id where that one is taken', async () => {
    const header = fixture('icews-events.tsv').text.split(/\r?\n/, 1)[0]!.replace(/^\uFEFF/, '');
    const strike = (eventId: number, story: number) =>
      [eventId, '2024-08-02', 'Israel', '', 'Israel', `Strike number ${eventId} on Gaza.`, '190', '-10', 'Hamas', '', 'Occupied Palestinian Territory', story, 1, 'Reuters', '', '', '', '', '', ''].join('\t');
    const file = (...rows: string[]) => [{ name: 'strikes.tsv', text: [header, ...rows].join('\n') }];
    const base = 'israel-assault-hamas-2024-08-02';
    const idOfEvent = async (eventId: number) =>
      (await query('MATCH (r:Tie WHERE $event IN r.eventIds) RETURN r.id AS id, r.importKey AS key', { event: `icews:${eventId}` }))[0]!;

    await importFiles('icews', file(strike(91000001, 61001), strike(91000002, 61002)), false);
    const [first, second] = [await idOfEvent(91000001), await idOfEvent(91000002)];
    expect(first.id).toBe(`${base}-${eventIdSuffix(first.key as string)}`);
    expect(second.id).toBe(`${base}-${eventIdSuffix(second.key as string)}`);
    expect(first.id).not.toBe(second.id);

    // A tie made by hand under the id the next event's key gives: the chunk is run again, its ids looked up.
    const third = file(strike(91000003, 61003));
    const thirdKey = parseImport('icews', third).ties[0]!.importKey!;
    await query("MATCH (t:Tie {id: $id}) CREATE (copy:Tie {id: $taken, type: 'ASSAULT', summary: 'Made by hand'}) SET copy.version = 1", { id: first.id, taken: `${base}-${eventIdSuffix(thirdKey)}` });
    const report = await importFiles('icews', third, false);
    expect(report.created.ties).toBe(1);
    expect((await idOfEvent(91000003)).id).toBe(base);
    expect(await query("MATCH (t:Tie {summary: 'Made by hand'}) RETURN t.id AS id")).toEqual([{ id: `${base}-${eventIdSuffix(thirdKey)}` }]);
  });

  it('keeps the schema applied by the migrations (the import indexes exist)', async () => {
    await migrate(db.driver(), database());
    const indexes = await query("SHOW INDEXES YIELD name WHERE name IN ['tie_import_key', 'meeting_import_key', 'source_import_key', 'source_url'] RETURN name ORDER BY name");
    expect(indexes.map((index) => index.name)).toEqual(['meeting_import_key', 'source_import_key', 'source_url', 'tie_import_key']);
  });
});
