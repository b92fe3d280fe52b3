import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../driver';
import { createTestDriver, resetToDemoData, testDatabaseSettings } from '../testing/database';
import { searchActors } from './actors';

describe('searchActors (against Neo4j)', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetToDemoData(driver);
  });
  afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
    await closeDriver();
  });

  const firstHit = async (query: string) => (await searchActors({ query, limit: 5 }))[0];

  it.each([
    ['mit', 'mit'],
    ['erdogan', 'recep-tayyip-erdogan'],
    ['haniye', 'ismail-haniyeh'],
    ['Haniyeh', 'ismail-haniyeh'],
    ['ibrahim kalin', 'ibrahim-kalin'],
    ['TURQUIE', 'turkey'],
    ['etats-unis', 'united-states'],
    ['netanyahou', 'benjamin-netanyahu'],
    ['حماس', 'hamas'],
  ])('finds "%s" as %s', async (query, id) => {
    expect((await firstHit(query))?.id).toBe(id);
  });

  it('folds accents and dotted capitals in the index itself, not only through ASCII aliases', async () => {
    await driver.executeQuery(
      "CREATE (:Actor {id: 'cagri-ozturk', name: 'Çağrı Öztürk', kind: 'person', aliases: ['İSTİHBARAT Müsteşarı']})",
      {},
      { database: testDatabaseSettings().database },
    );
    expect((await firstHit('cagri ozturk'))?.id).toBe('cagri-ozturk');
    const byAlias = await firstHit('istihbarat mustesari');
    expect(byAlias).toMatchObject({ id: 'cagri-ozturk', matchedAlias: 'İSTİHBARAT Müsteşarı' });
  });

  it('says which alias matched when the name did not', async () => {
    expect(await firstHit('Netanyahou')).toMatchObject({ name: 'Benjamin Netanyahu', matchedAlias: 'Netanyahou' });
    expect(await firstHit('Netanyahu')).toMatchObject({ matchedAlias: null });
  });

  it('finds nothing, without an error, for text with nothing searchable or Lucene syntax', async () => {
    expect(await searchActors({ query: '', limit: 5 })).toEqual([]);
    expect(await searchActors({ query: '*:*', limit: 5 })).toEqual([]);
    await expect(searchActors({ query: 'name:"x" OR (y~ AND z^2) \\', limit: 5 })).resolves.toBeInstanceOf(Array);
    expect(await searchActors({ query: 'zzzqqq', limit: 5 })).toEqual([]);
  });

  it('leaves out deleted actors', async () => {
    await driver.executeQuery("MATCH (a:Actor {id: 'qatar'}) SET a.deletedAt = '2026-01-01T00:00:00Z'", {}, { database: testDatabaseSettings().database });
    expect(await searchActors({ query: 'qatar', limit: 5 })).toEqual([]);
  });
});
