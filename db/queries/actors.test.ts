import { describe, expect, it } from 'vitest';
import { ACTOR_PROFILE_LIST_LIMIT } from '../../lib/graph';
import { DEMO_ACTORS, DEMO_SOURCE } from '../seed/demo';
import { useDemoDatabase } from '../testing/demo-database';
import { importRecords } from '../testing/import';
import { getActorProfile, searchActors } from './actors';

describe('searchActors (against Neo4j)', () => {
  const db = useDemoDatabase();

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
    await db.run("CREATE (:Actor {id: 'cagri-ozturk', name: 'Çağrı Öztürk', kind: 'person', aliases: ['İSTİHBARAT Müsteşarı']})");
    expect((await firstHit('cagri ozturk'))?.id).toBe('cagri-ozturk');
    const byAlias = await firstHit('istihbarat mustesari');
    expect(byAlias).toMatchObject({ id: 'cagri-ozturk', matchedAlias: 'İSTİHBARAT Müsteşarı' });
  });

  it('gives each hit its country code, so that a form can offer a state\'s code for its name', async () => {
    expect(await firstHit('Turkey')).toMatchObject({ id: 'turkey', kind: 'state', country: 'TUR' });
    expect(await firstHit('Hamas')).toMatchObject({ country: null });
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
    await db.run("MATCH (a:Actor {id: 'qatar'}) SET a.deletedAt = '2026-01-01T00:00:00Z'");
    expect(await searchActors({ query: 'qatar', limit: 5 })).toEqual([]);
  });
});

describe('getActorProfile (against Neo4j)', () => {
  const db = useDemoDatabase();

  it("lists Israel's ties both ways, by type, each seen from Israel", async () => {
    const profile = await getActorProfile({ id: 'israel' });
    expect(profile.actor).toEqual({ ...DEMO_ACTORS.find((actor) => actor.id === 'israel'), version: 1 });
    expect(profile.ties.map((tie) => [tie.type, tie.direction, tie.other.id])).toEqual([
      ['ASSASSINATES', 'out', 'ismail-haniyeh'],
      ['CRITICIZES', 'in', 'recep-tayyip-erdogan'],
      ['LEADS', 'in', 'benjamin-netanyahu'],
      ['MEDIATES_FOR', 'in', 'egypt'],
      ['MEDIATES_FOR', 'in', 'mit'],
      ['MEDIATES_FOR', 'in', 'qatar'],
      ['NEGOTIATES_WITH', 'out', 'hamas'],
    ]);
    expect(profile.ties[0]).toMatchObject({ family: 'material-conflict', other: { name: 'Ismail Haniyeh', kind: 'person' }, citationCount: 1 });
    expect(profile).toMatchObject({ tieCount: 7, meetingCount: profile.meetings.length });
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });

  it("lists a hub's first ties only, in order, and counts them all", async () => {
    const over = ACTOR_PROFILE_LIST_LIMIT + 5;
    const clients = Array.from({ length: over }, (_, index) => index + 1);
    await importRecords({
      sources: [{ id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability }],
      actors: clients.map((n) => ({ id: `client-${n}`, name: `Client ${String(n).padStart(3, '0')}`, kind: 'state' as const })),
      ties: clients.map((n) => ({
        id: `israel-supports-${n}`,
        type: 'SUPPORTS',
        subjectId: 'israel',
        objectId: `client-${n}`,
        confidence: 'low' as const,
        sourceId: DEMO_SOURCE.id,
        quote: 'q',
      })),
    });
    const profile = await getActorProfile({ id: 'israel' });
    expect(profile.tieCount).toBe(7 + over);
    expect(profile.ties).toHaveLength(ACTOR_PROFILE_LIST_LIMIT);
    // By type: the seven demo ties of types before SUPPORTS, then supported clients by name.
    expect(profile.ties.slice(0, 4).map((tie) => tie.type)).toEqual(['ASSASSINATES', 'CRITICIZES', 'LEADS', 'MEDIATES_FOR']);
    expect(profile.ties.at(-1)).toMatchObject({ type: 'SUPPORTS', other: { name: 'Client 193' }, citationCount: 1 });
    await db.reset();
  });

  it('lists the meetings the actor attended, with its role and how many took part', async () => {
    const { meetings } = await getActorProfile({ id: 'united-states' });
    expect(meetings).toEqual([
      {
        id: 'multilateral-intelligence-diplomacy',
        title: 'Multilateral intelligence diplomacy on a Gaza ceasefire',
        kind: 'negotiation',
        date: null,
        role: 'participant',
        participantCount: 6,
      },
    ]);
  });

  it('puts dated meetings in date order and undated ones last', async () => {
    await db.run("MATCH (m:Meeting {id: 'multilateral-intelligence-diplomacy'}) SET m.date = '2024-08'");
    await db.run(
      `MATCH (mit:Actor {id: 'mit'}), (hamas:Actor {id: 'hamas'})
       CREATE (m:Meeting {id: 'early-talks', title: 'Early talks', kind: 'visit', date: '2024-01-15'})
       CREATE (m)-[:PARTICIPANT {role: 'host'}]->(mit), (m)-[:PARTICIPANT {role: 'party'}]->(hamas)`,
    );
    const { meetings } = await getActorProfile({ id: 'hamas' });
    expect(meetings.map((meeting) => [meeting.id, meeting.date])).toEqual([
      ['early-talks', '2024-01-15'],
      ['multilateral-intelligence-diplomacy', '2024-08'],
    ]);
    await db.reset();
  });

  it('leaves out deleted ties, ties to deleted actors, deleted meetings and deleted fellow participants', async () => {
    await db.run("MATCH (n:Tie {id: 'israel-assassinates-ismail-haniyeh'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (n:Actor {id: 'qatar'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (n:Meeting {id: 'kalin-haniyeh-meetings'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    const israel = await getActorProfile({ id: 'israel' });
    expect(israel.ties.map((tie) => tie.id)).not.toContain('israel-assassinates-ismail-haniyeh');
    expect(israel.ties.map((tie) => tie.other.id)).not.toContain('qatar');
    expect(israel.meetings[0]?.participantCount).toBe(5);
    expect((await getActorProfile({ id: 'ismail-haniyeh' })).meetings).toEqual([]);
  });

  it('answers not_found for an unknown or deleted actor', async () => {
    await expect(getActorProfile({ id: 'nobody' })).rejects.toMatchObject({ code: 'not_found', message: 'No actor with id "nobody".' });
    await expect(getActorProfile({ id: 'qatar' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
