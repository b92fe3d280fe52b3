import { describe, expect, it } from 'vitest';
import { DEMO_ACTORS } from '@/db/seed/demo';
import { extractClaims, type Extraction, type Proposal } from './extract';
import type { ExtractionContext } from './mentions';

/**
 * What the extraction proposes from short texts about the demo actors, in each language it has cues for: the
 * claims, their direction, and every offset into the text as written.
 */

const DEMO: ExtractionContext = {
  actors: DEMO_ACTORS.map(({ id, name, kind, aliases, country }) => ({ id, name, kind, aliases, country })),
  leaders: [],
};
const KALIN_LEADS_MIT: ExtractionContext = { ...DEMO, leaders: [{ organisationId: 'mit', leaderId: 'ibrahim-kalin' }] };

function extract(text: string, language: string | null = null, context = DEMO): Extraction {
  const extraction = extractClaims({ text, language, context });
  for (const proposal of extraction.proposals) {
    expect(text.slice(proposal.start, proposal.end)).toBe(proposal.quote);
    expect(text.slice(proposal.cue.start, proposal.cue.end)).toBe(proposal.cue.text);
  }
  for (const mention of extraction.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return extraction;
}

/** A proposal said shortly: `CRITICIZES qatar → israel`, `meeting recep-tayyip-erdogan (host), ismail-haniyeh`. */
function said(proposal: Proposal): string {
  const who = (reference: { actorId: string | null; newActor: string | null }) => reference.actorId ?? reference.newActor;
  if (proposal.kind === 'tie') {
    return `${proposal.type} ${who({ actorId: proposal.subjectId, newActor: proposal.subjectNew })} → ${who({ actorId: proposal.objectId, newActor: proposal.objectNew })}`;
  }
  const participants = proposal.participants.map((participant) => `${who(participant)}${participant.role === 'host' ? ' (host)' : ''}`);
  return `${proposal.meetingKind} ${participants.join(', ')}`;
}

const claims = (text: string, language: string | null = null, context = DEMO) => extract(text, language, context).proposals.map(said);

describe('extracting claims from a report', () => {
  it.each([
    ['Qatar condemned Israel on Monday.', ['CRITICIZES qatar → israel']],
    ['Israel was criticised by Egypt.', ['CRITICIZES egypt → israel']],
    ['Haniyeh was killed by Israel in Tehran.', ['ASSASSINATES israel → ismail-haniyeh']],
    ['Erdogan spoke by phone with Netanyahu.', ['phone_call recep-tayyip-erdogan, benjamin-netanyahu']],
    ['Erdogan hosted Ismail Haniyeh in Istanbul.', ['hosted_visit recep-tayyip-erdogan (host), ismail-haniyeh']],
    ['Haniyeh visited Turkey in April.', ['visit ismail-haniyeh, turkey (host)']],
    ['Hamas leader Ismail Haniyeh accused Israel of sabotaging the talks.', ['LEADS ismail-haniyeh → hamas', 'ACCUSES ismail-haniyeh → israel']],
    [
      'Negotiations between Israel and Hamas resumed in Cairo, with Egypt and Qatar acting as mediators.',
      ['NEGOTIATES_WITH israel → hamas', 'MEDIATES_FOR egypt → israel', 'MEDIATES_FOR egypt → hamas', 'MEDIATES_FOR qatar → israel', 'MEDIATES_FOR qatar → hamas'],
    ],
    // "us" is not the United States: an acronym only matches words written in capitals.
    ['They told us that the US and Qatar had met Egypt.', ['consultation united-states, qatar, egypt']],
  ])('in English: %s', (text, expected) => {
    expect(claims(text, 'en')).toEqual(expected);
  });

  it.each([
    ["Le Qatar et l'Égypte ont condamné Israël.", ['CRITICIZES qatar → israel', 'CRITICIZES egypt → israel']],
    ['Recep Tayyip Erdoğan s’est entretenu au téléphone avec Benjamin Netanyahu.', ['phone_call recep-tayyip-erdogan, benjamin-netanyahu']],
    ['Ismail Haniyeh a été assassiné par Israël.', ['ASSASSINATES israel → ismail-haniyeh']],
    ['Les États-Unis soutiennent Israël.', ['SUPPORTS united-states → israel']],
    ['Erdoğan a reçu Haniyeh à Istanbul.', ['hosted_visit recep-tayyip-erdogan (host), ismail-haniyeh']],
    // The comma before "et" opens a clause of its own: the meeting is Erdoğan's and Netanyahu's, the criticism Erdoğan's.
    ['Erdoğan a rencontré Netanyahu, et il a critiqué Israël.', ['consultation recep-tayyip-erdogan, benjamin-netanyahu', 'CRITICIZES recep-tayyip-erdogan → israel']],
  ])('in French: %s', (text, expected) => {
    expect(claims(text, 'fr')).toEqual(expected);
  });

  it.each([
    ["Cumhurbaşkanı Erdoğan, Hamas lideri İsmail Haniye'yi İstanbul'da kabul etti.", ['LEADS recep-tayyip-erdogan → turkey', 'LEADS ismail-haniyeh → hamas', 'hosted_visit recep-tayyip-erdogan (host), ismail-haniyeh']],
    [
      'Katar ve Mısır, İsrail ile Hamas arasındaki müzakerelerde arabuluculuk yapıyor.',
      ['NEGOTIATES_WITH israel → hamas', 'MEDIATES_FOR qatar → israel', 'MEDIATES_FOR qatar → hamas', 'MEDIATES_FOR egypt → israel', 'MEDIATES_FOR egypt → hamas'],
    ],
    ["Erdoğan, İsrail'i sert bir dille eleştirdi.", ['CRITICIZES recep-tayyip-erdogan → israel']],
    ['Haniye, İsrail tarafından öldürüldü.', ['ASSASSINATES israel → ismail-haniyeh']],
    ['Erdoğan, Netanyahu ile telefonda görüştü.', ['phone_call recep-tayyip-erdogan, benjamin-netanyahu']],
  ])('in Turkish: %s', (text, expected) => {
    expect(claims(text, 'tr')).toEqual(expected);
  });

  it('reads an English paragraph about a meeting of two demo actors, telling its language by itself', () => {
    const text =
      'Turkish intelligence chief İbrahim Kalın met Hamas leader Ismail Haniyeh in Doha on Tuesday to discuss the stalled ceasefire talks. ' +
      'The two men spoke for three hours, officials said.';
    const extraction = extract(text);
    expect(extraction).toMatchObject({ language: 'en', languageDetected: true, cuesKnown: true, newActors: [] });
    expect(extraction.proposals.map(said)).toEqual(['LEADS ibrahim-kalin → mit', 'LEADS ismail-haniyeh → hamas', 'consultation ibrahim-kalin, ismail-haniyeh']);
    const meeting = extraction.proposals[2]!;
    expect(meeting.cue.text).toBe('met');
    expect(meeting.quote).toBe(text.slice(0, text.indexOf(' The two men')));
    expect(meeting.credibility).toBe(6);
  });

  it('reads a Turkish paragraph, keeping offsets into the text as written although folding shortens İ', () => {
    const text = "MİT Başkanı İbrahim Kalın, Hamas Siyasi Büro Başkanı İsmail Haniye ile Ankara'da bir araya geldi. Görüşmede Gazze'deki ateşkes ele alındı.";
    const extraction = extract(text);
    expect(extraction.language).toBe('tr');
    expect(extraction.proposals.map(said)).toEqual(['LEADS ibrahim-kalin → mit', 'LEADS ismail-haniyeh → hamas', 'consultation ibrahim-kalin, ismail-haniyeh']);
    expect(extraction.mentions.map((mention) => [mention.text, mention.actorId])).toEqual([
      ['MİT', 'mit'],
      ['İbrahim Kalın', 'ibrahim-kalin'],
      ['Hamas', 'hamas'],
      ['İsmail Haniye', 'ismail-haniyeh'],
    ]);
    // The places ("Ankara'da", "Gazze'deki") and the capitalised first word are not proposed as actors.
    expect(extraction.newActors).toEqual([]);
    expect(extraction.proposals[2]!.cue).toEqual({ text: 'bir araya geldi', start: text.indexOf('bir araya'), end: text.indexOf('bir araya') + 'bir araya geldi'.length });
  });

  it('keeps offsets when the text writes İ as I and a combining dot, which folds to one letter', () => {
    const text = 'Le président du MI\u0307T, I\u0307brahim Kalın, a rencontré Ismail Haniyeh.';
    const extraction = extract(text, 'fr');
    expect(extraction.mentions.map((mention) => mention.text)).toEqual(['MI\u0307T', 'I\u0307brahim Kalın', 'Ismail Haniyeh']);
    expect(extraction.proposals.map(said)).toEqual(['LEADS ibrahim-kalin → mit', 'consultation ibrahim-kalin, ismail-haniyeh']);
  });

  it('proposes the actors a text names that Parley lacks, with a kind, and the claims that name them', () => {
    const extraction = extract("Le ministre des Affaires étrangères de la Turquie, Hakan Fidan, a rencontré le chef du Mossad, David Barnea, à Doha.");
    expect(extraction.newActors).toEqual([
      { key: 'new:hakan-fidan', name: 'Hakan Fidan', kind: 'person' },
      { key: 'new:mossad', name: 'Mossad', kind: 'organization' },
      { key: 'new:david-barnea', name: 'David Barnea', kind: 'person' },
    ]);
    expect(extraction.mentions.find((mention) => mention.text === 'Mossad')).toMatchObject({ actorId: null, newActor: 'new:mossad' });
    expect(extraction.proposals.map(said)).toEqual([
      'REPRESENTS new:hakan-fidan → turkey',
      'LEADS new:david-barnea → new:mossad',
      'consultation new:hakan-fidan, new:david-barnea',
    ]);
    expect(extraction.proposals[2]).toMatchObject({ participants: [{ actorId: null, newActor: 'new:hakan-fidan' }, { actorId: null, newActor: 'new:david-barnea' }] });
  });

  it('reads a title without a name as whoever leads the organisation: as the text says, else as the graph records', () => {
    const fromText = extract('Le président du MİT, İbrahim Kalın, est arrivé à Doha. Le président du MİT a rencontré Haniye.', 'fr');
    expect(fromText.proposals.map(said)).toEqual(['LEADS ibrahim-kalin → mit', 'consultation ibrahim-kalin, ismail-haniyeh']);
    expect(fromText.mentions.find((mention) => mention.holderOf)).toMatchObject({ text: 'président du MİT', actorId: 'ibrahim-kalin', holderOf: 'mit' });

    const fromGraph = extract('MİT Başkanı, Haniye ile görüştü.', 'tr', KALIN_LEADS_MIT);
    expect(fromGraph.proposals.map(said)).toEqual(['consultation ibrahim-kalin, ismail-haniyeh']);
    expect(fromGraph.mentions[0]).toMatchObject({ text: 'MİT Başkanı', actorId: 'ibrahim-kalin', holderOf: 'mit' });
    expect(extract('The head of MİT met Haniyeh.', 'en', KALIN_LEADS_MIT).proposals.map(said)).toEqual(['consultation ibrahim-kalin, ismail-haniyeh']);

    // Unknown to both, the organisation itself is the actor.
    expect(claims('MİT Başkanı, Haniye ile görüştü.', 'tr')).toEqual(['consultation mit, ismail-haniyeh']);
  });

  it('takes a sentence that opens with a pronoun as about the previous sentence’s subject, and quotes both', () => {
    const text = "L'Organisation nationale du renseignement a parlé avec Israël et le Hamas. Elle a joué le rôle de médiatrice entre Israël et le Hamas.";
    const extraction = extract(text, 'fr');
    expect(extraction.proposals.map(said)).toEqual(['MEDIATES_FOR mit → israel', 'MEDIATES_FOR mit → hamas']);
    expect(extraction.proposals[0]!.quote).toBe(text);
    expect(extraction.proposals[0]!.why).toContain('pronoun');
  });

  it('finds actors in any script, and without cues for a language proposes no claim but says so', () => {
    const arabic = extract('التقى إسماعيل هنية مع مسؤولين في قطر');
    expect(arabic).toMatchObject({ language: 'ar', cuesKnown: false, proposals: [] });
    expect(arabic.mentions.map((mention) => mention.actorId)).toEqual(['ismail-haniyeh', 'qatar']);
    const german = extract('Die Türkei und Katar haben sich in Ankara getroffen, um über den Waffenstillstand zu sprechen.');
    expect(german).toMatchObject({ language: 'de', cuesKnown: false, proposals: [], newActors: [] });
    expect(german.mentions.map((mention) => mention.actorId)).toEqual(['turkey', 'qatar']);
  });

  it('uses the language it is given over the one it would detect', () => {
    expect(extract('Qatar condemned Israel.', 'fr')).toMatchObject({ language: 'fr', languageDetected: false, proposals: [] });
  });
});
