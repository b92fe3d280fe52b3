import { createDriver, readNeo4jSettings } from './db/connection.ts';
const settings = readNeo4jSettings();
const driver = createDriver(settings);
const idx = await driver.executeQuery('SHOW INDEXES YIELD name, type, labelsOrTypes, properties', {}, { database: settings.database });
for (const r of idx.records) console.log(r.get('type'), r.get('labelsOrTypes'), r.get('properties'));
const ids = (await driver.executeQuery('MATCH (n:Relation) RETURN n.id AS id LIMIT 5000', {}, { database: settings.database })).records.map((r) => r.get('id') as string);
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  const r = await driver.executeQuery(`UNWIND $bases AS base MATCH (n:Relation) WHERE n.id STARTS WITH base AND (n.id = base OR n.id STARTS WITH base + '-') RETURN n.id AS id`, { bases: ids }, { database: settings.database });
  console.log('alloc', performance.now() - s, r.records.length, r.summary.resultAvailableAfter, r.summary.resultConsumedAfter);
  const s2 = performance.now();
  const r2 = await driver.executeQuery(`UNWIND $bases AS base MATCH (n:Relation {id: base}) RETURN n.id AS id`, { bases: ids }, { database: settings.database });
  console.log('eq', performance.now() - s2, r2.records.length);
}
await driver.close();
