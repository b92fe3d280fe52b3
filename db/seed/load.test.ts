import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver, EagerResult } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { createTestDriver, testDatabaseSettings, wipeData } from '../testing/database';
import { DEMO_DATA, loadDemoData } from './load';

const article = readFileSync(path.join(__dirname, 'gaza-ceasefire-turkey-fr.txt'), 'utf8');

describe('loading the demo data (against Neo4j)', () => {
  let driver: Driver;
  const { database } = testDatabaseSettings();

  async function counts() {
    const { records } = await driver.executeQuery(
      `RETURN COUNT { (:Actor) } AS actors, COUNT { (:Tie) } AS ties, COUNT { (:Meeting) } AS meetings,
              COUNT { (:Source) } AS sources, COUNT { ()-[:CITES]->() } AS citations,
              COUNT { ()-[:PARTICIPANT]->() } AS participants, COUNT { (:Revision) } AS revisions,
              COUNT { (:Import) } AS imports, COUNT { (n) WHERE n.importId IS NOT NULL } AS imported`,
      {},
      { database },
    );
    return records[0]!.toObject();
  }

  beforeAll(async () => {
    driver = createTestDriver();
    await migrate(driver, database);
    await wipeData(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('creates the demo graph as one import, which every record names (its first revision)', async () => {
    const report = await loadDemoData(driver, database);
    expect(report.created).toEqual({ sources: 1, actors: 11, ties: 14, meetings: 2 });
    expect(await counts()).toMatchObject({ actors: 11, ties: 14, meetings: 2, sources: 1, participants: 8, revisions: 0, imports: 1, imported: 28 });
  });

  it('leaves the same counts when loaded twice', async () => {
    const before = await counts();
    const report = await loadDemoData(driver, database);
    expect(report.created).toEqual({ sources: 0, actors: 0, ties: 0, meetings: 0 });
    expect(await counts()).toEqual(before);
  });

  it('never overwrites a record an analyst has since changed', async () => {
    await driver.executeQuery("MATCH (a:Actor {id: 'qatar'}) SET a.description = 'Edited by an analyst'", {}, { database });
    await loadDemoData(driver, database);
    const { records } = await driver.executeQuery("MATCH (a:Actor {id: 'qatar'}) RETURN a.description AS d", {}, { database });
    expect(records[0]!.get('d')).toBe('Edited by an analyst');
  });

  it('backs every tie and meeting with a citation whose quote occurs in the article', async () => {
    const { records } = await driver.executeQuery<EagerResult<{ id: string; quotes: string[]; credibilities: number[] }>>(
      `MATCH (claim) WHERE claim:Tie OR claim:Meeting
       OPTIONAL MATCH (claim)-[cites:CITES]->(source:Source)
       RETURN claim.id AS id, collect(cites.quote) AS quotes, collect(cites.credibility) AS credibilities`,
      {},
      { database },
    );
    expect(records).toHaveLength(16);
    for (const { id, quotes, credibilities } of records.map((record) => record.toObject())) {
      expect(quotes.length, `${id} has no citation`).toBeGreaterThan(0);
      expect(quotes.some((quote) => article.includes(quote)), `${id} quotes nothing from the article`).toBe(true);
      for (const credibility of credibilities) {
        expect(Number.isInteger(credibility) && credibility >= 1 && credibility <= 6).toBe(true);
      }
    }
  });

  it('links each tie to one subject and one object', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (r:Tie)
       RETURN r.id AS id, COUNT { (r)-[:SUBJECT]->(:Actor) } AS subjects, COUNT { (r)-[:OBJECT]->(:Actor) } AS objects`,
      {},
      { database },
    );
    for (const record of records) {
      expect([record.get('subjects'), record.get('objects')], record.get('id')).toEqual([1, 1]);
    }
  });

  it('keeps the Admiralty grading and what the article says of itself on the source', async () => {
    const { records } = await driver.executeQuery("MATCH (s:Source {id: 'gaza-ceasefire-turkey-fr'}) RETURN s", {}, { database });
    const source = records[0]!.get('s').properties;
    expect(source).toMatchObject({ language: 'fr', section: 'Actualités vidéo', reliability: 'F' });
    expect(source.url).toBeUndefined();
  });

  it('refuses demo data holding a claim without a quote, and writes nothing', async () => {
    await wipeData(driver);
    const [first, ...rest] = DEMO_DATA.ties;
    const unquoted = { ...DEMO_DATA, ties: [{ ...first!, citations: [] }, ...rest] };
    await expect(loadDemoData(driver, database, unquoted)).rejects.toThrow(/every demo claim quotes the article/);
    expect((await counts()).actors).toBe(0);
  });
});
