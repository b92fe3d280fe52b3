import { describe, expect, it } from 'vitest';
import { DEMO_ACTORS, DEMO_SOURCE } from '@/db/seed/demo';
import { extraTestUser, signedInAs, type TestUser } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { editorRequest, idContext, jsonRequest } from '@/db/testing/requests';
import { TIE_TYPE_NAMES } from '@/lib/taxonomy';
import { PATCH as patchActor } from './actors/[id]/route';
import { POST as createActor } from './actors/route';
import { recordFigures } from './figures.testing';
import { POST as createTie } from './ties/route';

/**
 * Concurrency, against the real database: a create sent 50 times at once with one Idempotency-Key makes one record;
 * 200 ties created at once by 10 editors all land once each with their citations; and of N saves made on the same
 * version, exactly one wins and the others are told (409) instead of silently overwriting.
 */
describe('concurrent writes (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('makes one actor of 50 concurrent identical POSTs with one Idempotency-Key', async () => {
    const before = await db.counts();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        createActor(editorRequest('POST', '/api/actors', { name: 'Hakan Fidan', kind: 'person' }, { 'Idempotency-Key': 'fifty-at-once' })),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(49);
    const ids = new Set(await Promise.all(responses.map(async (response) => (await response.json()).actor.id as string)));
    expect([...ids]).toEqual(['hakan-fidan']);
    const after = await db.counts();
    expect(after['label:Actor']).toBe(before['label:Actor']! + 1);
    expect(after['label:Revision']).toBe((before['label:Revision'] ?? 0) + 1);
    recordFigures('idempotentCreates', { requests: 50, serverErrors: statuses.filter((status) => status >= 500).length, recordsCreated: 1, duplicated: 0 });
  });

  it('gives 50 concurrent creates of one name (no key) 50 distinct ids: a clash of ids is not the user’s to resolve', async () => {
    const before = await db.counts();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => createActor(editorRequest('POST', '/api/actors', { name: 'Mevlüt Çavuşoğlu', kind: 'person' }))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 201), JSON.stringify(statuses)).toEqual([]);
    const ids = await Promise.all(responses.map(async (response) => (await response.json()).actor.id as string));
    expect(new Set(ids).size).toBe(50);
    expect(ids).toContain('mevlut-cavusoglu');
    expect(ids).toContain('mevlut-cavusoglu-50');
    const after = await db.counts();
    expect(after['label:Actor']).toBe(before['label:Actor']! + 50);
    expect(after['label:Revision']).toBe((before['label:Revision'] ?? 0) + 50);
    // The mark each create claimed its id with is gone: the records hold their own fields only.
    expect(await db.query('MATCH (a:Actor) WHERE a.claim IS NOT NULL RETURN a.id')).toEqual([]);
  });

  it('lands 200 ties created at once by 10 editors, each exactly once with its citations', async () => {
    const editors: TestUser[] = Array.from({ length: 10 }, (_, index) => extraTestUser('editor', `test-editor-${index + 1}`));
    for (const editor of editors) await db.addUser(editor);
    const pairs = DEMO_ACTORS.flatMap((subject) => DEMO_ACTORS.filter((object) => object.id !== subject.id).map((object) => [subject.id, object.id] as const));
    const requests = Array.from({ length: 200 }, (_, index) => {
      const [subjectId, objectId] = pairs[index % pairs.length]!;
      const type = TIE_TYPE_NAMES[index % TIE_TYPE_NAMES.length]!;
      // Every other tie brings a new source inline, so that both kinds of citation are written under load.
      const citations = [
        { source: { id: DEMO_SOURCE.id }, quote: `quote ${index}`, credibility: 3 },
        ...(index % 2 ? [{ source: { new: { title: `Source of tie ${index}`, language: 'en', reliability: 'C' } }, quote: `second ${index}`, credibility: 4 }] : []),
      ];
      const body = { type, subjectId, objectId, confidence: 'moderate', summary: `concurrent-${index}`, citations };
      return createTie(jsonRequest('POST', '/api/ties', body, signedInAs(editors[index % editors.length]!)));
    });
    const responses = await Promise.all(requests);
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 201), JSON.stringify(statuses)).toEqual([]);

    const rows = await db.query(
      `MATCH (r:Tie) WHERE r.summary STARTS WITH 'concurrent-'
       RETURN r.summary AS summary, count(*) AS copies, COUNT { (r)-[:CITES]->() } AS citations,
              COLLECT { MATCH (v:Revision)-[:OF]->(r) RETURN v.editorId } AS editors`,
    );
    const bySummary = new Map(rows.map((row) => [row.summary as string, row]));
    let lost = 0;
    let duplicated = 0;
    for (let index = 0; index < 200; index++) {
      const row = bySummary.get(`concurrent-${index}`);
      if (!row) lost += 1;
      else if (Number(row.copies) > 1) duplicated += 1;
      else expect(Number(row.citations)).toBe(index % 2 ? 2 : 1);
    }
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(new Set(rows.flatMap((row) => row.editors as string[])).size).toBe(10);
    recordFigures('concurrentTies', { requests: 200, serverErrors: statuses.filter((status) => status >= 500).length, lost, duplicated });
  });

  it('lets exactly one of 20 saves on the same version win, and tells the 19 others', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        patchActor(editorRequest('PATCH', '/api/actors/egypt', { version: 1, changes: { description: `Analyst ${index}` } }), idContext('egypt')),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const winner = await responses[statuses.indexOf(200)]!.json();
    const rows = await db.query("MATCH (a:Actor {id: 'egypt'}) RETURN a.description AS description, a.version AS version, COUNT { (:Revision {action: 'update'})-[:OF]->(a) } AS updates");
    expect(rows[0]).toEqual({ description: winner.actor.description, version: 2, updates: 1 });
    recordFigures('sameVersionEdits', { requests: 20, serverErrors: statuses.filter((status) => status >= 500).length, winners: 1, lostSilently: 0 });
  });
});
