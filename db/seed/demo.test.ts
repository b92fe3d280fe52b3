import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DATA } from './load';

const article = readFileSync(path.join(__dirname, 'gaza-ceasefire-turkey-fr.txt'), 'utf8');

describe('the demo data set', () => {
  it('has the eleven actors of the article', () => {
    expect(DEMO_DATA.actors.map((actor) => actor.id).sort()).toEqual(
      [
        'benjamin-netanyahu',
        'egypt',
        'hamas',
        'ibrahim-kalin',
        'israel',
        'ismail-haniyeh',
        'mit',
        'qatar',
        'recep-tayyip-erdogan',
        'turkey',
        'united-states',
      ].sort(),
    );
  });

  it('quotes the article word for word in every citation', () => {
    const citations = [...DEMO_DATA.ties, ...DEMO_DATA.meetings].flatMap((claim) => claim.citations);
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(article, `quote not in the article: ${citation.quote}`).toContain(citation.quote);
    }
  });

  it('records the title and section the article gives, and no invented URL', () => {
    const [source] = DEMO_DATA.sources;
    const headline = article.split('\n')[0]!.replace(/\s+/g, ' ').trim();
    expect(headline).toBe(`${source!.section} | ${source!.title}`);
    expect(source!.url).toBeNull();
  });

  it('only links actors it defines', () => {
    const ids = new Set(DEMO_DATA.actors.map((actor) => actor.id));
    for (const tie of DEMO_DATA.ties) {
      expect(ids.has(tie.subjectId) && ids.has(tie.objectId), tie.id).toBe(true);
    }
    for (const meeting of DEMO_DATA.meetings) {
      for (const participant of meeting.participants) expect(ids.has(participant.actorId), meeting.id).toBe(true);
    }
  });

  it('gives aliases for the spellings users type', () => {
    const aliasesOf = (id: string) => DEMO_DATA.actors.find((actor) => actor.id === id)!.aliases;
    expect(aliasesOf('ismail-haniyeh')).toEqual(expect.arrayContaining(['Haniye', 'Haniyeh', 'Hanieh']));
    expect(aliasesOf('mit')).toEqual(expect.arrayContaining(['MIT', 'Millî İstihbarat Teşkilatı']));
    expect(aliasesOf('turkey')).toEqual(expect.arrayContaining(['Turquie', 'Türkiye']));
  });
});
