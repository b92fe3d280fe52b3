import type { Actor } from '../../lib/schemas/actor';
import type { Meeting } from '../../lib/schemas/meeting';
import type { Tie } from '../../lib/schemas/tie';
import type { Citation } from '../../lib/schemas/citation';
import type { Source } from '../../lib/schemas/source';

/**
 * The demo data set: what the seed article (`gaza-ceasefire-turkey-fr.txt`, beside this file) supports, each
 * claim citing it with the exact French words. The article gives no dates, no URL and no publisher, so none
 * are recorded; what it does not say is not put in its mouth.
 */
export const DEMO_SOURCE: Source = {
  id: 'gaza-ceasefire-turkey-fr',
  title: 'La Turquie était active pour un cessez-le-feu ! Mené une diplomatie de haut niveau pour Gaza',
  url: null,
  publisher: null,
  publishedAt: null,
  language: 'fr',
  section: 'Actualités vidéo',
  // The publisher is not named, so its reliability cannot be judged.
  reliability: 'F',
};

export const DEMO_ACTORS: Actor[] = [
  {
    id: 'turkey',
    name: 'Turkey',
    kind: 'state',
    aliases: ['Türkiye', 'Turkiye', 'Turquie', 'Republic of Türkiye', 'Türkiye Cumhuriyeti', 'Türkei'],
    description: 'Took part in the 2024 Gaza ceasefire diplomacy alongside the mediating countries.',
    country: 'TUR',
    wikidataId: 'Q43',
  },
  {
    id: 'recep-tayyip-erdogan',
    name: 'Recep Tayyip Erdoğan',
    kind: 'person',
    aliases: ['Erdoğan', 'Erdogan', 'Recep Tayyip Erdogan', 'Tayyip Erdoğan', 'R. T. Erdoğan'],
    description: 'President of Turkey.',
    country: 'TUR',
    wikidataId: 'Q39259',
  },
  {
    id: 'mit',
    name: 'MİT',
    kind: 'agency',
    aliases: [
      'MIT',
      'Millî İstihbarat Teşkilatı',
      'Milli Istihbarat Teskilati',
      'National Intelligence Organization',
      'Organisation nationale du renseignement',
      'Turkish intelligence',
    ],
    description: "Turkey's national intelligence organisation.",
    country: 'TUR',
    wikidataId: 'Q1538541',
  },
  {
    id: 'ibrahim-kalin',
    name: 'İbrahim Kalın',
    kind: 'person',
    aliases: ['Ibrahim Kalin', 'İbrahim Kalin', 'Kalın', 'Kalin'],
    description: 'Head of MİT.',
    country: 'TUR',
    wikidataId: null,
  },
  {
    id: 'hamas',
    name: 'Hamas',
    kind: 'organization',
    aliases: ['Ḥamās', 'حماس', 'Harakat al-Muqawama al-Islamiya', 'Mouvement de la résistance islamique', 'Islamic Resistance Movement'],
    description: 'Palestinian Islamist movement, party to the Gaza ceasefire negotiations with Israel.',
    country: null,
    wikidataId: 'Q38799',
  },
  {
    id: 'ismail-haniyeh',
    name: 'Ismail Haniyeh',
    kind: 'person',
    aliases: ['Ismail Haniye', 'İsmail Haniye', 'Haniyeh', 'Haniye', 'Hanieh', 'Haniya', 'Ismaïl Haniyeh', 'إسماعيل هنية'],
    description: 'Head of the political bureau of Hamas until his assassination.',
    country: 'PSE',
    wikidataId: 'Q353384',
  },
  {
    id: 'israel',
    name: 'Israel',
    kind: 'state',
    aliases: ['Israël', 'İsrail', 'Israil', 'ישראל', 'State of Israel'],
    description: 'Party to the Gaza ceasefire negotiations with Hamas.',
    country: 'ISR',
    wikidataId: 'Q801',
  },
  {
    id: 'benjamin-netanyahu',
    name: 'Benjamin Netanyahu',
    kind: 'person',
    aliases: ['Netanyahu', 'Netanyahou', 'Benjamin Netanyahou', 'Binyamin Netanyahu', 'Netanyahu Benyamin', 'בנימין נתניהו'],
    description: 'Prime Minister of Israel.',
    country: 'ISR',
    wikidataId: 'Q43723',
  },
  {
    id: 'qatar',
    name: 'Qatar',
    kind: 'state',
    aliases: ['Katar', 'State of Qatar', 'قطر'],
    description: 'One of the mediating countries of the Gaza ceasefire talks.',
    country: 'QAT',
    wikidataId: 'Q846',
  },
  {
    id: 'egypt',
    name: 'Egypt',
    kind: 'state',
    aliases: ['Égypte', 'Egypte', 'Mısır', 'Misir', 'مصر'],
    description: 'One of the mediating countries of the Gaza ceasefire talks.',
    country: 'EGY',
    wikidataId: 'Q79',
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'state',
    aliases: ['États-Unis', 'Etats-Unis', 'USA', 'US', 'U.S.', 'ABD', 'Amerika Birleşik Devletleri', 'United States of America'],
    description: 'Took part in the Gaza ceasefire initiatives.',
    country: 'USA',
    wikidataId: 'Q30',
  },
];

/** Sentences of the article, quoted exactly (the typographic apostrophes included). */
const QUOTES = {
  erdoganAgenda: "Le drame de Gaza figurait en bonne place dans l'agenda du président Recep Tayyip Erdoğan.",
  erdoganCall:
    "Erdoğan a déclaré : « Pour mettre fin à la destruction à Gaza, il faut arrêter Israël et accroître la pression internationale sur l'administration israélienne »",
  kalinHeadsMit: 'Le président du MİT, İbrahim Kalın,',
  kalinMeetings:
    "Le président du MİT, İbrahim Kalın, a également eu des réunions intenses avec le chef du Hamas, İsmail Haniye, et d'autres partis.",
  mitDialogue:
    "L'Organisation nationale du renseignement a également maintenu un dialogue étroit avec les parties pour parvenir à un cessez-le-feu. Il a joué un rôle facilitateur dans le processus menant à la paix.",
  mitEfforts: 'Les efforts du MIT ont directement affecté le cours du processus de négociation.',
  haniyehLeader: "le leader du Hamas Ismail Haniye a perdu la vie des suites de son assassinat",
  assassination:
    "L'assassinat par Israël du président du bureau politique du Hamas, Ismail Haniye, a perturbé le processus de cessez-le-feu.",
  netanyahu: 'le Premier ministre israélien Benjamin Netanyahu',
  mediators:
    'Outre les pays médiateurs, le Qatar et l\'Égypte, les initiatives de pays comme la Turquie et les États-Unis ont donné des résultats, et Israël et le Hamas sont très près de parvenir à un accord de cessez-le-feu.',
  negotiations:
    "Alors que les négociations visant à mettre fin aux conflits entre Israël et le Hamas, en cours depuis le 7 octobre, touchent à leur fin",
  multilateral:
    'Une diplomatie multilatérale du renseignement a été menée aux côtés des hauts dirigeants du Hamas, notamment Israël, l’Égypte, le Qatar et les États-Unis.',
} as const;

function cite(quote: string, credibility: number): Citation {
  return { sourceId: DEMO_SOURCE.id, quote, credibility };
}

type DemoTie = Omit<Tie, 'id' | 'since' | 'until' | 'confidence'> & Partial<Pick<Tie, 'confidence'>>;

function tie(spec: DemoTie): Tie {
  return {
    id: `${spec.subjectId}-${spec.type.toLowerCase().replace(/_/g, '-')}-${spec.objectId}`,
    since: null,
    until: null,
    confidence: 'high',
    ...spec,
  };
}

export const DEMO_TIES: Tie[] = [
  tie({
    type: 'LEADS',
    subjectId: 'recep-tayyip-erdogan',
    objectId: 'turkey',
    summary: 'The article calls Erdoğan "président" in a piece about Turkey.',
    citations: [cite(QUOTES.erdoganAgenda, 2)],
  }),
  tie({
    type: 'LEADS',
    subjectId: 'ibrahim-kalin',
    objectId: 'mit',
    summary: 'İbrahim Kalın is named president (head) of MİT.',
    citations: [cite(QUOTES.kalinHeadsMit, 2)],
  }),
  tie({
    type: 'PART_OF',
    subjectId: 'mit',
    objectId: 'turkey',
    confidence: 'moderate',
    summary: "MİT is Turkey's national intelligence organisation, credited with Turkey's part in the talks.",
    citations: [cite(QUOTES.mitDialogue, 2)],
  }),
  tie({
    type: 'LEADS',
    subjectId: 'ismail-haniyeh',
    objectId: 'hamas',
    summary: 'Ismail Haniyeh is called the leader of Hamas and head of its political bureau.',
    citations: [cite(QUOTES.haniyehLeader, 2), cite(QUOTES.assassination, 2)],
  }),
  tie({
    type: 'LEADS',
    subjectId: 'benjamin-netanyahu',
    objectId: 'israel',
    summary: 'Benjamin Netanyahu is named Prime Minister of Israel.',
    citations: [cite(QUOTES.netanyahu, 2)],
  }),
  tie({
    type: 'ASSASSINATES',
    subjectId: 'israel',
    objectId: 'ismail-haniyeh',
    summary: 'The article attributes the assassination of Haniyeh to Israel; it gives no date.',
    citations: [cite(QUOTES.assassination, 3)],
  }),
  tie({
    type: 'NEGOTIATES_WITH',
    subjectId: 'israel',
    objectId: 'hamas',
    summary: 'Ceasefire negotiations between Israel and Hamas, under way "since 7 October" (the year is not stated).',
    citations: [cite(QUOTES.negotiations, 2)],
  }),
  ...(['qatar', 'egypt'] as const).flatMap((mediator) =>
    (['hamas', 'israel'] as const).map((party) =>
      tie({
        type: 'MEDIATES_FOR',
        subjectId: mediator,
        objectId: party,
        summary: `${mediator === 'qatar' ? 'Qatar' : 'Egypt'} is named one of the mediating countries between Israel and Hamas.`,
        citations: [cite(QUOTES.mediators, 2)],
      }),
    ),
  ),
  ...(['hamas', 'israel'] as const).map((party) =>
    tie({
      type: 'MEDIATES_FOR',
      subjectId: 'mit',
      objectId: party,
      confidence: 'moderate',
      summary: 'MİT kept a close dialogue with the parties and played a facilitating role in the negotiations.',
      citations: [cite(QUOTES.mitDialogue, 3), cite(QUOTES.mitEfforts, 3)],
    }),
  ),
  tie({
    type: 'CRITICIZES',
    subjectId: 'recep-tayyip-erdogan',
    objectId: 'israel',
    summary: 'Erdoğan called for Israel to be stopped and for more international pressure on its administration.',
    citations: [cite(QUOTES.erdoganCall, 1)],
  }),
];

export const DEMO_MEETINGS: Meeting[] = [
  {
    id: 'kalin-haniyeh-meetings',
    title: 'Kalın–Haniyeh meetings',
    kind: 'mediation',
    date: null,
    location: null,
    summary: 'The head of MİT held "intense meetings" with the leader of Hamas (and other parties); no date or place is given.',
    participants: [
      { actorId: 'ibrahim-kalin', role: 'mediator' },
      { actorId: 'ismail-haniyeh', role: 'party' },
    ],
    citations: [cite(QUOTES.kalinMeetings, 2)],
  },
  {
    id: 'multilateral-intelligence-diplomacy',
    title: 'Multilateral intelligence diplomacy on a Gaza ceasefire',
    kind: 'negotiation',
    date: null,
    location: null,
    summary:
      'Talks led at intelligence level with the senior leaders of Hamas, together with Israel, Egypt, Qatar and the United States. The article credits MİT with the lead.',
    participants: [
      { actorId: 'mit', role: 'mediator' },
      { actorId: 'hamas', role: 'party' },
      { actorId: 'israel', role: 'party' },
      { actorId: 'egypt', role: 'mediator' },
      { actorId: 'qatar', role: 'mediator' },
      { actorId: 'united-states', role: 'participant' },
    ],
    citations: [cite(QUOTES.multilateral, 3), cite(QUOTES.mitEfforts, 3)],
  },
];
