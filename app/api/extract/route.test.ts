import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEETINGS, DEMO_TIES } from '@/db/seed/demo';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { editorRequest, jsonRequest, jsonRequestAs } from '@/db/testing/requests';
import type { Extraction, Proposal } from '@/lib/extract/extract';
import { recordFigures } from '../figures.testing';
import { POST as extract } from './route';

const ARTICLE = readFileSync(path.join(__dirname, '../../../db/seed/gaza-ceasefire-turkey-fr.txt'), 'utf8');

async function extractAs(request: ReturnType<typeof editorRequest>): Promise<{ status: number; body: Extraction & { error?: { code: string; message: string } } }> {
  const response = await extract(request);
  return { status: response.status, body: await response.json() };
}

const post = (body: unknown) => extractAs(editorRequest('POST', '/api/extract', body));

/** Whether a proposal says what a demo claim says: the same type and ends (either way for a symmetric type), or a meeting of the same participants. */
function sameClaim(proposal: Proposal, demo: (typeof DEMO_TIES)[number] | (typeof DEMO_MEETINGS)[number]): boolean {
  if ('type' in demo) {
    if (proposal.kind !== 'tie' || proposal.type !== demo.type) return false;
    const ends = [proposal.subjectId, proposal.objectId];
    const symmetric = demo.type === 'NEGOTIATES_WITH' || demo.type === 'ALLIED_WITH';
    return (ends[0] === demo.subjectId && ends[1] === demo.objectId) || (symmetric && ends[0] === demo.objectId && ends[1] === demo.subjectId);
  }
  if (proposal.kind !== 'meeting') return false;
  const proposed = proposal.participants.map((participant) => participant.actorId).sort();
  return JSON.stringify(proposed) === JSON.stringify(demo.participants.map((participant) => participant.actorId).sort());
}

function expectVerbatim(text: string, extraction: Extraction): void {
  for (const proposal of extraction.proposals) {
    expect(text.slice(proposal.start, proposal.end)).toBe(proposal.quote);
    expect(text.slice(proposal.cue.start, proposal.cue.end)).toBe(proposal.cue.text);
    expect(proposal.cue.start).toBeGreaterThanOrEqual(proposal.start);
    expect(proposal.cue.end).toBeLessThanOrEqual(proposal.end);
    expect(proposal.credibility).toBe(6);
  }
  for (const mention of extraction.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
}

describe('POST /api/extract (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('reads a title without a name as whoever the graph records as its head', async () => {
    const { body } = await post({ text: 'MİT Başkanı, Haniye ile Ankara’da görüştü.' });
    expect(body.mentions[0]).toMatchObject({ text: 'MİT Başkanı', actorId: 'ibrahim-kalin', holderOf: 'mit' });
    expect(body.proposals).toMatchObject([{ kind: 'meeting', participants: [{ actorId: 'ibrahim-kalin' }, { actorId: 'ismail-haniyeh' }] }]);
  });

  describe('on a database holding only the eleven demo actors', () => {
    let extraction: Extraction;
    beforeAll(async () => {
      await db.run('MATCH (n) WHERE n:Tie OR n:Meeting DETACH DELETE n');
      expect(await db.query('MATCH (a:Actor) RETURN count(a) AS actors')).toEqual([{ actors: 11 }]);
      const { status, body } = await post({ text: ARTICLE });
      expect(status).toBe(200);
      extraction = body;
    });

    it('proposes at least 12 of the demo data’s 16 claims, at most one wrong in three, every quote verbatim', () => {
      const demo = [...DEMO_TIES, ...DEMO_MEETINGS];
      const matchedDemo = demo.filter((claim) => extraction.proposals.some((proposal) => sameClaim(proposal, claim)));
      const rightProposals = extraction.proposals.filter((proposal) => demo.some((claim) => sameClaim(proposal, claim)));
      const figures = {
        proposed: extraction.proposals.length,
        matched: matchedDemo.length,
        precision: rightProposals.length / extraction.proposals.length,
        recall: matchedDemo.length / demo.length,
      };
      console.log(
        `Extraction of the demo article: proposed ${figures.proposed}, matched ${figures.matched} of ${demo.length}, ` +
          `precision ${figures.precision.toFixed(3)}, recall ${figures.recall.toFixed(3)}; missed: ${demo
            .filter((claim) => !matchedDemo.includes(claim))
            .map((claim) => claim.id)
            .join(', ')}; wrong: ${extraction.proposals
            .filter((proposal) => !rightProposals.includes(proposal))
            .map((proposal) => (proposal.kind === 'tie' ? `${proposal.subjectId} ${proposal.type} ${proposal.objectId}` : `meeting of ${proposal.participants.map((p) => p.actorId).join(', ')}`))
            .join('; ')}`,
      );
      recordFigures('extractDemoArticle', figures);
      expect(figures.matched).toBeGreaterThanOrEqual(12);
      expect(figures.precision).toBeGreaterThanOrEqual(2 / 3);
      expectVerbatim(ARTICLE, extraction);
    });

    it('reads the article as French, by itself, and finds its actors however it spells them', () => {
      expect(extraction).toMatchObject({ language: 'fr', languageDetected: true, cuesKnown: true });
      const spelled = (id: string) => [...new Set(extraction.mentions.filter((mention) => mention.actorId === id).map((mention) => mention.text))].sort();
      expect(spelled('mit')).toEqual(['MIT', 'MİT', 'Organisation nationale du renseignement']);
      expect(spelled('ismail-haniyeh')).toEqual(['Haniye', 'Haniyeh', 'Ismail Haniye', 'İsmail Haniye']);
      expect(spelled('united-states')).toEqual(['États-Unis']);
      expect(extraction.newActors).toEqual([]);
      expect(extraction.actors.map((actor) => actor.id).sort()).toHaveLength(11);
    });

    it.each([
      [
        'en',
        'Turkish intelligence chief İbrahim Kalın met Hamas leader Ismail Haniyeh in Doha on Tuesday to discuss the stalled ceasefire talks.',
        [['ibrahim-kalin', 'ismail-haniyeh']],
      ],
      ['tr', "MİT Başkanı İbrahim Kalın, Hamas Siyasi Büro Başkanı İsmail Haniye ile Ankara'da bir araya geldi.", [['ibrahim-kalin', 'ismail-haniyeh']]],
      // Unnamed heads Parley does not know stand for their states.
      [
        'en',
        'Qatar’s prime minister received Egypt’s intelligence chief in Doha, and Erdogan spoke by phone with Netanyahu.',
        [
          ['egypt', 'qatar'],
          ['benjamin-netanyahu', 'recep-tayyip-erdogan'],
        ],
      ],
    ])('reads a paragraph in %s about meetings of demo actors: %s', async (language, text, participants) => {
      const { status, body } = await post({ text });
      expect(status).toBe(200);
      expect(body.language).toBe(language);
      const meetings = body.proposals.filter((proposal) => proposal.kind === 'meeting');
      expect(meetings.map((meeting) => meeting.participants.map((participant) => participant.actorId).sort())).toEqual(participants);
      expect(body.newActors).toEqual([]);
      expectVerbatim(text, body);
    });

    it('says why: the cue that fired and how the direction was read', () => {
      const assassination = extraction.proposals.find((proposal) => proposal.kind === 'tie' && proposal.type === 'ASSASSINATES');
      expect(assassination).toMatchObject({ subjectId: 'israel', objectId: 'ismail-haniyeh', cue: { text: 'assassinat' } });
      expect(assassination?.why).toContain('par Israël');
      const meeting = extraction.proposals.find((proposal) => proposal.kind === 'meeting' && proposal.participants.length === 2);
      expect(meeting).toMatchObject({ cue: { text: 'réunions' }, quote: expect.stringContaining('a également eu des réunions intenses avec le chef du Hamas') });
    });
  });

  it('answers 400 naming the field for a text without words or a malformed language, 401 signed out and 403 for a viewer', async () => {
    const empty = await post({ text: ' \n ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('"field":"text"');
    const language = await post({ text: 'Qatar met Egypt.', language: 'french!' });
    expect(language.status).toBe(400);
    expect(JSON.stringify(language.body)).toContain('"field":"language"');
    expect((await extractAs(jsonRequest('POST', '/api/extract', { text: 'Qatar met Egypt.' }))).status).toBe(401);
    expect((await extractAs(jsonRequestAs('viewer')('POST', '/api/extract', { text: 'Qatar met Egypt.' }))).status).toBe(403);
  });
});
