import { NO_SECTOR_EVENTS, type ImportActor, type ImportBatch, type ImportMeeting, type ImportTie, type ImportSource } from '../lib/import/types';
import type { ActorKind } from '../lib/schemas/actor';
import type { Reliability } from '../lib/schemas/common';
import { MEETING_KINDS, type ParticipantRole } from '../lib/schemas/meeting';
import { CONFIDENCE_LEVELS } from '../lib/schemas/tie';
import { ANALYST_TYPE_NAMES, type AnalystTieType } from '../lib/taxonomy';
import { NameFactory } from './names';
import { Rng, Zipf } from './random';

/**
 * A synthetic graph shaped like event data: power-law degrees (both ends of each tie and the participants of
 * each meeting drawn from a Zipf distribution over the actors), every actor kind, aliases in several scripts,
 * every tie type with 1–3 citations, meetings of 2–8 participants, sources with Admiralty grades. It is an
 * ImportBatch, so it is written by the import's own bulk path (db/bulk/load.ts).
 */

export const SIZES = {
  small: { actors: 1_000, ties: 10_000, meetings: 2_000, sources: 300 },
  medium: { actors: 20_000, ties: 200_000, meetings: 40_000, sources: 3_000 },
  large: { actors: 100_000, ties: 1_000_000, meetings: 200_000, sources: 10_000 },
} as const;
export type SizeName = keyof typeof SIZES;
export type SizeSpec = { actors: number; ties: number; meetings: number; sources: number };

export function isSizeName(name: string): name is SizeName {
  return Object.hasOwn(SIZES, name);
}

/** Bumped when the generator changes, so that a stored data set made by an older one is made again. */
export const GENERATOR_VERSION = 1;

/** Zipf exponent of actor popularity: the best-connected actor is in a few per cent of all ties. */
const POPULARITY_EXPONENT = 0.85;

const KIND_SHARE: readonly (readonly [ActorKind, number])[] = [
  ['person', 55],
  ['organization', 17],
  ['agency', 14],
  ['state', 10],
  ['igo', 4],
];

/** How common each type is in event data: talk and criticism are frequent, assassinations rare. */
const TYPE_SHARE: Record<AnalystTieType, number> = {
  LEADS: 4, PART_OF: 5, MEMBER_OF: 6, REPRESENTS: 4,
  ALLIED_WITH: 5, SUPPORTS: 10, MEDIATES_FOR: 5, NEGOTIATES_WITH: 10, HOSTS: 5, FUNDS: 4,
  CRITICIZES: 14, ACCUSES: 10, THREATENS: 6, SANCTIONS: 4, ATTACKS: 6, ASSASSINATES: 1,
};

const PUBLISHERS = ['Anadolu Ajansı', 'Al Jazeera', 'Agence France-Presse', 'Reuters', 'ТАСС', 'הארץ', 'الأهرام', 'Le Monde', 'Hürriyet', 'Associated Press', 'Middle East Eye', 'Kommersant'];
const LANGUAGES = ['en', 'fr', 'ar', 'tr', 'ru', 'he'] as const;
const QUOTES: Record<(typeof LANGUAGES)[number], string[]> = {
  en: ['officials said the talks would continue', 'the statement condemned the strike', 'both sides agreed to meet again'],
  fr: ['les deux délégations se sont rencontrées', 'le ministre a dénoncé une provocation', 'la médiation se poursuit'],
  ar: ['قال المسؤولون إن المحادثات ستستمر', 'أدان البيان الهجوم', 'اتفق الطرفان على اللقاء مجددا'],
  tr: ['görüşmelerin süreceği açıklandı', 'Dışişleri Bakanlığı saldırıyı kınadı', 'İki taraf yeniden bir araya gelecek'],
  ru: ['стороны договорились продолжить переговоры', 'министр осудил удар', 'встреча прошла в Москве'],
  he: ['הצדדים הסכימו להמשיך במגעים', 'ההודעה גינתה את התקיפה', 'הפגישה התקיימה בקהיר'],
};
const RELIABILITY_SHARE: readonly (readonly [Reliability, number])[] = [
  ['A', 10], ['B', 30], ['C', 30], ['D', 15], ['E', 8], ['F', 7],
];
const ROLES: ParticipantRole[] = ['party', 'party', 'participant', 'observer', 'mediator'];

function partialDate(rng: Rng, fromYear: number, toYear: number): string {
  const year = rng.int(fromYear, toYear);
  const precision = rng.weighted([['day', 70], ['month', 20], ['year', 10]] as const);
  if (precision === 'year') return String(year);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  if (precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** Actor i's key in the batch; actors are made in popularity order, so actor 0 is the best-connected. */
const actorKey = (index: number) => `bench:a${index}`;
const sourceKey = (index: number) => `bench:s${index}`;

export function generateBatch(spec: SizeSpec, seed = 20_240_731): ImportBatch {
  const rng = Rng.seeded(seed);
  const names = new NameFactory(rng);
  let line = 0;

  const sources: ImportSource[] = Array.from({ length: spec.sources }, (_, index) => {
    const language = rng.pick(LANGUAGES);
    const publisher = rng.pick(PUBLISHERS);
    return {
      key: sourceKey(index),
      line: (line += 1),
      id: null,
      importKey: null,
      title: `${publisher} report ${index + 1}: ${rng.pick(QUOTES[language])}`,
      url: `${rng.chance(0.3) ? 'http' : 'https'}://news${index % 50}.example.org/${language}/${2000 + (index % 26)}/article-${index}`,
      publisher,
      publishedAt: partialDate(rng, 2000, 2025),
      language,
      section: rng.chance(0.2) ? 'Politics' : null,
      reliability: rng.weighted(RELIABILITY_SHARE),
    };
  });

  const actors: ImportActor[] = Array.from({ length: spec.actors }, (_, index) => {
    // The most popular actors are mostly states and agencies, as in event data; the tail is mostly people.
    const kind = index < spec.actors * 0.01 ? rng.weighted([['state', 60], ['agency', 25], ['igo', 10], ['person', 5]] as const) : rng.weighted(KIND_SHARE);
    const { name, aliases, country } = names.make(kind);
    return {
      key: actorKey(index),
      line: (line += 1),
      id: null,
      name,
      kind,
      aliases: [...new Set(aliases)].filter((alias) => alias !== name),
      description: `Synthetic ${kind} for benchmarks.`,
      country: kind === 'igo' ? null : country,
      wikidataId: null,
    };
  });

  const popularity = new Zipf(spec.actors, POPULARITY_EXPONENT);
  const sourcePopularity = new Zipf(spec.sources, 0.6);
  const citations = (claimIndex: number) =>
    Array.from({ length: rng.weighted([[1, 60], [2, 30], [3, 10]] as const) }, () => {
      const source = sourcePopularity.sample(rng);
      const language = sources[source]!.language as (typeof LANGUAGES)[number];
      return { sourceKey: sourceKey(source), quote: `${rng.pick(QUOTES[language])} (${claimIndex})`, credibility: rng.int(1, 6) };
    });
  const types = ANALYST_TYPE_NAMES.map((type) => [type, TYPE_SHARE[type]] as const);

  const ties: ImportTie[] = [];
  for (let index = 0; index < spec.ties; index += 1) {
    const type = index < types.length ? types[index]![0] : rng.weighted(types);
    const subject = popularity.sample(rng);
    let object = popularity.sample(rng);
    while (object === subject) object = popularity.sample(rng);
    const since = rng.chance(0.85) ? partialDate(rng, 1990, 2025) : null;
    ties.push({
      line: (line += 1),
      id: null,
      importKey: `bench:r${index}`,
      eventIds: [],
      summary: `${actors[subject]!.name} ${type.toLowerCase().replace(/_/g, ' ')} ${actors[object]!.name}`,
      cameo: null,
      plover: null,
      citations: citations(index),
      type,
      subjectKey: actorKey(subject),
      objectKey: actorKey(object),
      since,
      until: since && rng.chance(0.2) ? `${Number(since.slice(0, 4)) + rng.int(0, 3)}` : null,
      confidence: rng.pick(CONFIDENCE_LEVELS),
    });
  }

  const meetings: ImportMeeting[] = [];
  for (let index = 0; index < spec.meetings; index += 1) {
    const size = rng.weighted([[2, 40], [3, 25], [4, 15], [5, 8], [6, 6], [7, 3], [8, 3]] as const);
    const chosen = new Set<number>();
    while (chosen.size < size) chosen.add(popularity.sample(rng));
    const participants = [...chosen].map((actor, position) => ({
      actorKey: actorKey(actor),
      role: position === 0 && rng.chance(0.5) ? ('host' as const) : rng.pick(ROLES),
    }));
    const kind = rng.pick(MEETING_KINDS);
    const first = actors[[...chosen][0]!]!;
    meetings.push({
      line: (line += 1),
      id: null,
      importKey: `bench:m${index}`,
      eventIds: [],
      summary: `${size} actors met (${kind}).`,
      cameo: null,
      plover: null,
      citations: citations(index),
      title: `${kind.replace(/_/g, ' ')} with ${first.name} ${index}`,
      kind,
      date: rng.chance(0.95) ? partialDate(rng, 2000, 2025) : null,
      location: rng.chance(0.7) ? `${rng.pick(['Ankara', 'Doha', 'Cairo', 'Moscow', 'Paris', 'Kyiv', 'Tehran'])}` : null,
      participants,
    });
  }

  return {
    format: 'parley-json',
    rows: sources.length + actors.length + ties.length + meetings.length,
    actors,
    sources,
    ties,
    meetings,
    skipped: [],
    errors: [],
    sectorEvents: { ...NO_SECTOR_EVENTS },
  };
}
