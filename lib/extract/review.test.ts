import { describe, expect, it } from 'vitest';
import type { Extraction } from './extract';
import { acceptRequestOf, addedItem, draftProblems, meetingTitle, moveQuoteEdge, reviewItemsOf, sentencesAround } from './review';

const TEXT = 'Le président du MİT, İbrahim Kalın, a rencontré Ismail Haniye. Le Qatar a condamné Israël.';
const FIRST = { start: 0, end: TEXT.indexOf(' Le Qatar') };

describe('trimming a quote by words within its sentence', () => {
  const quote = (span: { start: number; end: number }) => TEXT.slice(span.start, span.end);

  it('drops and takes back words at either end, never past the sentence, never inside a word', () => {
    const later = moveQuoteEdge(TEXT, FIRST, FIRST, 'start', 1);
    expect(quote(later)).toBe('président du MİT, İbrahim Kalın, a rencontré Ismail Haniye.');
    expect(quote(moveQuoteEdge(TEXT, later, FIRST, 'start', -1))).toBe(quote(FIRST));
    expect(moveQuoteEdge(TEXT, FIRST, FIRST, 'start', -1)).toEqual(FIRST);
    const shorter = moveQuoteEdge(TEXT, FIRST, FIRST, 'end', -1);
    expect(quote(shorter)).toBe('Le président du MİT, İbrahim Kalın, a rencontré Ismail');
    expect(quote(moveQuoteEdge(TEXT, shorter, FIRST, 'end', 1))).toBe(quote(FIRST));
    expect(moveQuoteEdge(TEXT, FIRST, FIRST, 'end', 1)).toEqual(FIRST);
  });

  it('keeps at least one word', () => {
    let span = FIRST;
    for (let step = 0; step < 20; step += 1) span = moveQuoteEdge(TEXT, span, FIRST, 'start', 1);
    expect(quote(span)).toBe('Haniye.');
  });

  it('bounds a selection by the sentences it touches', () => {
    const selected = { start: TEXT.indexOf('Haniye'), end: TEXT.indexOf('Qatar') + 5 };
    expect(sentencesAround([FIRST, { start: FIRST.end + 1, end: TEXT.length }], selected)).toEqual({ start: 0, end: TEXT.length });
  });
});

describe('the accepting request', () => {
  const extraction: Extraction = {
    language: 'fr',
    languageDetected: true,
    cuesKnown: true,
    sentences: [FIRST],
    mentions: [],
    actors: [{ id: 'ismail-haniyeh', name: 'Ismail Haniyeh', kind: 'person' }],
    newActors: [{ key: 'new:hakan-fidan', name: 'Hakan Fidan', kind: 'person' }],
    proposals: [
      {
        kind: 'meeting',
        meetingKind: 'consultation',
        participants: [
          { actorId: null, newActor: 'new:hakan-fidan', role: 'participant' },
          { actorId: 'ismail-haniyeh', newActor: null, role: 'participant' },
        ],
        ...FIRST,
        quote: TEXT.slice(FIRST.start, FIRST.end),
        cue: { text: 'rencontré', start: TEXT.indexOf('rencontré'), end: TEXT.indexOf('rencontré') + 9 },
        why: '',
        credibility: 6,
      },
    ],
  };
  const names = (key: string) => (key === 'new:hakan-fidan' ? 'Hakan Fidan' : 'Ismail Haniyeh');

  it('names a meeting by its participants and kind', () => {
    const [item] = reviewItemsOf(extraction, names);
    expect(item!.claim).toMatchObject({ kind: 'meeting', title: 'Hakan Fidan – Ismail Haniyeh: consultation' });
    expect(meetingTitle(['A', 'B', 'C', 'D', 'E'], 'negotiation')).toBe('A, B and 3 more: negotiation round');
  });

  it('sends new actors to be created once, and names by id those an earlier acceptance created', () => {
    const [item] = reviewItemsOf(extraction, names);
    const added = addedItem('added-1', { start: TEXT.indexOf('Le Qatar'), end: TEXT.length }, { start: 0, end: TEXT.length }, ['qatar', 'israel']);
    added.claim = { ...added.claim, kind: 'tie', type: 'CRITICIZES' } as typeof added.claim;
    const source = { id: 'fidan-a-doha' };
    const first = acceptRequestOf({ text: TEXT, source, items: [item!, added], newActors: extraction.newActors, created: new Map() });
    expect(first.newActors).toEqual([{ key: 'new:hakan-fidan', name: 'Hakan Fidan', kind: 'person' }]);
    expect(first.claims[0]).toMatchObject({ kind: 'meeting', participants: [{ actor: { new: 'new:hakan-fidan' } }, { actor: { id: 'ismail-haniyeh' } }], credibility: 6 });
    expect(first.claims[1]).toEqual({
      kind: 'tie',
      type: 'CRITICIZES',
      subject: { id: 'qatar' },
      object: { id: 'israel' },
      confidence: 'moderate',
      quote: 'Le Qatar a condamné Israël.',
      credibility: 6,
    });
    const later = acceptRequestOf({ text: TEXT, source, items: [item!], newActors: extraction.newActors, created: new Map([['new:hakan-fidan', 'hakan-fidan']]) });
    expect(later.newActors).toEqual([]);
    expect(later.claims[0]).toMatchObject({ participants: [{ actor: { id: 'hakan-fidan' } }, { actor: { id: 'ismail-haniyeh' } }] });
  });

  it('says what a draft lacks before it can be accepted', () => {
    expect(draftProblems({ kind: 'tie', type: '', subject: 'qatar', object: 'qatar', confidence: 'low' })).toEqual([
      'Choose a type',
      'The subject and the object must differ',
    ]);
    expect(draftProblems({ kind: 'meeting', meetingKind: 'visit', title: ' ', participants: [{ actor: 'qatar', role: 'host' }, { actor: null, role: 'participant' }] })).toEqual([
      'Give the meeting a title',
      'At least two participants',
      'Choose every participant, or remove the empty ones',
    ]);
  });
});
