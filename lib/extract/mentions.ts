import type { ActorKind } from '../schemas/actor';
import { foldName } from '../search';
import { slugify } from '../slug';
import { gapBefore, isPlainGap, WordSet, type ReadDocument, type SentenceRange } from './document';
import type { Lexicon, TitleCue } from './lexicon';
import { PhraseMatcher } from './phrases';

/** An actor Parley knows, as the extraction needs it: its names, kind and country. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  country: string | null;
}

/** What the graph tells the extraction: the actors the text may name, and who leads which of them. */
export interface ExtractionContext {
  actors: KnownActor[];
  leaders: { organisationId: string; leaderId: string }[];
}

/** An actor a mention stands for: one Parley knows (`id`), or one it would create (`id` null, keyed `new:<slug>`). */
export interface MentionedActor {
  key: string;
  id: string | null;
  name: string;
  kind: ActorKind;
  country: string | null;
}

/** One mention of an actor: words tokens[start] to tokens[end - 1] of one sentence. */
export interface Mention {
  start: number;
  end: number;
  sentence: number;
  actor: string;
  /** By a name or alias; a name Parley lacks; or a title that stands for its holder ("le président du MİT"). */
  via: 'name' | 'new' | 'holder';
  /** For `holder`: the organisation whose head the title names. */
  holderOf: string | null;
  /**
   * The organisation of a named holder's title ("du MİT" in "le président du MİT, İbrahim Kalın"): the sentence is
   * about the holder, so the organisation takes no part in its other claims.
   */
  consumed: boolean;
}

/** A title that names its holder and their organisation: a tie in itself. */
export interface TitleFrame {
  sentence: number;
  type: 'LEADS' | 'REPRESENTS' | 'MEMBER_OF';
  /** The title's words. */
  start: number;
  end: number;
  holder: string;
  organisation: string;
  /** The organisation is the state of the holder's country ("le président Erdoğan"), which the text does not name. */
  headOfState: boolean;
}

export interface MentionAnalysis {
  mentions: Mention[];
  actors: Map<string, MentionedActor>;
  frames: TitleFrame[];
}

export const NEW_ACTOR_PREFIX = 'new:';

// Lower-case particles inside a personal name: Abdel Fattah al-Sisi, Mohammed bin Salman.
const NAME_PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'ben', 'bint', 'abu', 'abou', 'von', 'van', 'der', 'di', 'da', 'dos']);

interface Slot {
  start: number;
  end: number;
  actor: MentionedActor;
  /** For a name Parley lacks: whether it stands on its own as a name (several words, an acronym). */
  evident: boolean;
  used: boolean;
  /** Words of a title's organisation's part ("Siyasi Büro"): not a name. */
  filler: boolean;
  mention: Mention | null;
}

/** A head's title whose holder the sentence does not name ("le président du MİT"): its words, and the organisation. */
interface Untitled {
  sentence: number;
  start: number;
  end: number;
  organisation: Slot;
}

interface TitleValue {
  cue: TitleCue | null;
  headOfState: boolean;
}

/** The words a lexicon reads around cues and titles, built once per extraction. */
class LexiconWords {
  readonly titles = new PhraseMatcher<TitleValue>();
  readonly linksAfter: WordSet;
  readonly linksBefore: WordSet;
  readonly articles: WordSet;
  readonly notNames: Set<string>;
  readonly placeBefore: WordSet;
  readonly placeAfter: WordSet;
  readonly organisationWords: Map<string, ActorKind>;

  constructor(readonly lexicon: Lexicon) {
    for (const cue of lexicon.titles) this.titles.add(cue.phrase, { cue, headOfState: false });
    for (const phrase of lexicon.headOfStateTitles) this.titles.add(phrase, { cue: null, headOfState: true });
    this.linksAfter = new WordSet(lexicon.linksAfterTitle);
    this.linksBefore = new WordSet(lexicon.linksBeforeTitle);
    this.articles = new WordSet(lexicon.articles);
    const small = [
      ...lexicon.articles,
      ...lexicon.coordinators,
      ...lexicon.subjectPronouns,
      ...lexicon.linksAfterTitle,
      ...lexicon.listIntroducers,
      ...lexicon.clauseOpeners,
      ...lexicon.agentBefore,
      ...lexicon.betweenOpening,
      ...lexicon.placeBefore,
      ...lexicon.notNames,
    ];
    this.notNames = new Set(small.flatMap((phrase) => phrase.split(/\s+/)).map(foldName));
    this.placeBefore = new WordSet(lexicon.placeBefore);
    this.placeAfter = new WordSet(lexicon.placeAfter);
    this.organisationWords = new Map(Object.entries(lexicon.organisationWords).map(([word, kind]) => [foldName(word), kind]));
  }
}

/**
 * Finds every actor a text names: by each known actor's name and aliases, folded as search folds them, longest
 * first ("İbrahim Kalın" before "Kalın"); names Parley lacks (several capitalised words, an acronym, or a
 * capitalised word that a title gives a holder or an organisation: "le chef du Mossad"); and titles, which name
 * a holder ("le président du MİT, İbrahim Kalın" says who leads MİT) or stand for one ("le président du MİT" is
 * whoever leads MİT, as the text or the graph says).
 */
export function findMentions(document: ReadDocument, lexicon: Lexicon | null, context: ExtractionContext): MentionAnalysis {
  const actors = new Map<string, MentionedActor>();
  const names = new PhraseMatcher<string>();
  for (const actor of context.actors) {
    actors.set(actor.id, { key: actor.id, id: actor.id, name: actor.name, kind: actor.kind, country: actor.country });
    names.add(actor.name, actor.id);
  }
  // Aliases after all names: when two actors share a spelling, the one whose name it is wins.
  for (const actor of context.actors) for (const alias of actor.aliases) names.add(alias, actor.id);

  const words = lexicon ? new LexiconWords(lexicon) : null;
  const mentions: Mention[] = [];
  const frames: TitleFrame[] = [];
  const untitled: Untitled[] = [];

  document.sentences.forEach((sentence, index) => {
    const slots = names.scan(document.tokens, sentence.first, sentence.end).map<Slot>((match) => ({
      start: match.start,
      end: match.end,
      actor: actors.get(match.value)!,
      evident: true,
      used: true,
      filler: false,
      mention: null,
    }));
    if (words) {
      const titles = findTitles(document, sentence, slots, words);
      slots.push(...findNewNames(document, sentence, slots, titles, words, actors));
      slots.sort((a, b) => a.start - b.start);
      for (const title of titles) readTitle(document, sentence, index, title, slots, words, context, actors, frames, untitled);
    }
    for (const slot of slots) {
      if (slot.filler || (!slot.used && !slot.evident)) continue;
      if (slot.actor.id === null) actors.set(slot.actor.key, slot.actor);
      slot.mention = { start: slot.start, end: slot.end, sentence: index, actor: slot.actor.key, via: slot.actor.id ? 'name' : 'new', holderOf: null, consumed: false };
      mentions.push(slot.mention);
    }
  });

  consumeTitledOrganisations(frames, mentions);
  standForHolders(untitled, frames, context, actors, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, actors, frames };
}

interface TitleMatch {
  start: number;
  end: number;
  values: TitleValue[];
}

function findTitles(document: ReadDocument, sentence: SentenceRange, slots: Slot[], words: LexiconWords): TitleMatch[] {
  const covered = coverage(sentence, slots);
  const titles: TitleMatch[] = [];
  for (let at = sentence.first; at < sentence.end; ) {
    const matches = covered.has(at) ? [] : words.titles.matchesAt(document.tokens, at, sentence.end);
    const longest = matches.find((match) => !rangeTouches(covered, match.start, match.end));
    if (!longest) {
      at += 1;
      continue;
    }
    titles.push({ start: at, end: longest.end, values: matches.filter((match) => match.end === longest.end).map((match) => match.value) });
    at = longest.end;
  }
  return titles;
}

function coverage(sentence: SentenceRange, slots: readonly Slot[]): Set<number> {
  const covered = new Set<number>();
  for (const slot of slots) for (let at = slot.start; at < slot.end; at += 1) covered.add(at);
  return covered;
}

function rangeTouches(covered: Set<number>, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (covered.has(at)) return true;
  return false;
}

/** Runs of capitalised words that no known name, title or small word covers: names Parley may lack. */
function findNewNames(
  document: ReadDocument,
  sentence: SentenceRange,
  slots: Slot[],
  titles: TitleMatch[],
  words: LexiconWords,
  actors: Map<string, MentionedActor>,
): Slot[] {
  const { tokens } = document;
  const covered = coverage(sentence, slots);
  for (const title of titles) for (let at = title.start; at < title.end; at += 1) covered.add(at);
  const nameWord = (at: number) => at < sentence.end && !covered.has(at) && tokens[at]!.capitalised && !words.notNames.has(tokens[at]!.key);
  const found: Slot[] = [];
  for (let at = sentence.first; at < sentence.end; at += 1) {
    if (!nameWord(at)) continue;
    let end = at + 1;
    for (;;) {
      if (end < sentence.end && isPlainGap(gapBefore(document, end)) && nameWord(end)) end += 1;
      else if (NAME_PARTICLES.has(tokens[end]?.key ?? '') && isPlainGap(gapBefore(document, end)) && nameWord(end + 1) && isPlainGap(gapBefore(document, end + 1))) end += 2;
      else break;
    }
    const span = tokens.slice(at, end);
    const acronym = span.length === 1 && span[0]!.caps && span[0]!.text.length > 1;
    // A capital at the start of a sentence or of a quotation says nothing about a single word.
    const positional = at === sentence.first || /["«“:]\s*$/u.test(gapBefore(document, at));
    const place =
      (at > sentence.first && words.placeBefore.startBefore(tokens, at, sentence.first) < at && isPlainGap(gapBefore(document, at))) ||
      (end < sentence.end && words.placeAfter.has(tokens, end) && /^['’]$/u.test(gapBefore(document, end)));
    if (!place) {
      const name = document.text.slice(span[0]!.start, span.at(-1)!.end).replace(/\s+/g, ' ');
      const key = `${NEW_ACTOR_PREFIX}${slugify(name) || foldName(name)}`;
      const actor = actors.get(key) ?? { key, id: null, name, kind: guessKind(span.map((token) => token.key), acronym, words), country: null };
      found.push({ start: at, end, actor, evident: acronym || (span.length > 1 && !(positional && span.length === 1)), used: false, filler: false, mention: null });
    }
    at = end - 1;
  }
  return found;
}

function guessKind(keys: string[], acronym: boolean, words: LexiconWords): ActorKind {
  for (const key of keys) {
    const kind = words.organisationWords.get(key);
    if (kind) return kind;
  }
  return acronym ? 'organization' : 'person';
}

function slotStartingAt(slots: readonly Slot[], at: number): Slot | undefined {
  return slots.find((slot) => slot.start === at);
}

function slotEndingAt(slots: readonly Slot[], at: number): Slot | undefined {
  return slots.find((slot) => slot.end === at);
}

/** A slot that can hold a person: a known person, or a name Parley lacks (which then is proposed as a person). */
function personSlot(slot: Slot | undefined): Slot | undefined {
  return slot && (slot.actor.kind === 'person' || slot.actor.id === null) ? slot : undefined;
}

function organisationSlot(slot: Slot | undefined, { bareNames }: { bareNames: boolean }): Slot | undefined {
  if (!slot || (slot.actor.id !== null && slot.actor.kind === 'person')) return undefined;
  // Before a title, a capitalised word Parley does not know is more often an adjective ("Israeli Prime Minister").
  if (slot.actor.id === null && !bareNames && !slot.evident) return undefined;
  return slot;
}

/**
 * What `find` finds at `from` or after up to `most` lower-case words ("président du bureau politique du Hamas",
 * "Premier ministre israélien Benjamin Netanyahu"), all joined by plain gaps and none of them a name.
 */
function acrossFillers(
  document: ReadDocument,
  sentence: SentenceRange,
  slots: readonly Slot[],
  from: number,
  most: number,
  find: (at: number) => Slot | undefined,
): Slot | undefined {
  for (let at = from; at <= from + most && at < sentence.end; at += 1) {
    if (at > from && !isPlainGap(gapBefore(document, at))) return undefined;
    const found = find(at);
    if (found) return found;
    const token = document.tokens[at]!;
    if (token.capitalised || slots.some((slot) => slot.start <= at && at < slot.end)) return undefined;
    if (at === from && !isPlainGap(gapBefore(document, at))) return undefined;
  }
  return undefined;
}

function readTitle(
  document: ReadDocument,
  sentence: SentenceRange,
  index: number,
  title: TitleMatch,
  slots: Slot[],
  words: LexiconWords,
  context: ExtractionContext,
  actors: Map<string, MentionedActor>,
  frames: TitleFrame[],
  untitled: Untitled[],
): void {
  const { tokens } = document;
  const commaOrPlain = (at: number) => /^[\s,]*$/u.test(gapBefore(document, at));
  const addFrame = (cue: TitleCue, holder: Slot, organisation: Slot) => {
    usedAsPerson(holder);
    usedAsOrganisation(organisation);
    if (cue.type) frames.push({ sentence: index, type: cue.type, start: title.start, end: title.end, holder: holder.actor.key, organisation: organisation.actor.key, headOfState: false });
  };

  for (const { cue } of title.values) {
    if (!cue) continue;
    // "président du MİT", "head of the political bureau of Hamas": the organisation after a link word.
    if (cue.organisation !== 'before') {
      const afterLink = (at: number): Slot | undefined => {
        const linked = words.linksAfter.endAt(tokens, at, sentence.end);
        if (linked === at) return undefined;
        return organisationSlot(slotStartingAt(slots, words.articles.endAt(tokens, linked, sentence.end)), { bareNames: true });
      };
      const organisation = acrossFillers(document, sentence, slots, title.end, 3, afterLink);
      if (organisation) {
        const after = commaOrPlain(organisation.end) ? personSlot(slotStartingAt(slots, organisation.end)) : undefined;
        const articleStart = words.articles.startBefore(tokens, title.start, sentence.first);
        const before = gapBefore(document, articleStart).includes(',') ? personSlot(slotEndingAt(slots, articleStart)) : undefined;
        const holder = after ?? before;
        if (holder) addFrame(cue, holder, organisation);
        else if (cue.type === 'LEADS') untitled.push({ sentence: index, start: title.start, end: organisation.end, organisation });
        else usedAsOrganisation(organisation);
        return;
      }
    }
    // "MİT Başkanı İbrahim Kalın", "Hamas Siyasi Büro Başkanı", "Turkey's foreign minister": the organisation before.
    if (cue.organisation !== 'after') {
      const linkStart = words.linksBefore.startBefore(tokens, title.start, sentence.first);
      let organisation: Slot | undefined;
      // The organisation ends at the link, or before up to three words of its own ("Hamas Siyasi Büro Başkanı"),
      // which are not names of their own even when capitalised.
      const fillers: Slot[] = [];
      let nearestNew: Slot | undefined;
      for (let end = linkStart, skipped = 0; skipped <= 3 && end > sentence.first; skipped += 1, end -= 1) {
        if (!isPlainGap(gapBefore(document, end))) break;
        const ending = organisationSlot(slotEndingAt(slots, end), { bareNames: false });
        if (ending?.actor.id) {
          organisation = ending;
          break;
        }
        nearestNew ??= ending;
        const covering = slots.find((slot) => slot.start <= end - 1 && end - 1 < slot.end);
        if (covering?.actor.id) break;
        if (covering && !fillers.includes(covering)) fillers.push(covering);
      }
      if (organisation) for (const filler of fillers) filler.filler = true;
      organisation ??= nearestNew;
      if (organisation) {
        // No comma here: in "MİT Başkanı, Haniye ile görüştü" the comma ends the subject.
        const holder = isPlainGap(gapBefore(document, title.end)) ? personSlot(slotStartingAt(slots, title.end)) : undefined;
        if (holder) addFrame(cue, holder, organisation);
        else if (cue.type === 'LEADS') untitled.push({ sentence: index, start: organisation.start, end: title.end, organisation });
        else usedAsOrganisation(organisation);
        return;
      }
    }
  }

  // "le président Recep Tayyip Erdoğan", "le Premier ministre israélien Benjamin Netanyahu": a head of state or
  // government, whose state is that of the holder's country.
  const headOfState = title.values.some((value) => value.headOfState);
  const personTitle = title.values.some((value) => value.cue !== null);
  const holder = acrossFillers(document, sentence, slots, title.end, 2, (at) => personSlot(slotStartingAt(slots, at)));
  if (!holder) return;
  if (!headOfState && !personTitle) return;
  usedAsPerson(holder);
  if (!headOfState || holder.actor.country === null) return;
  const state = context.actors.find((actor) => actor.kind === 'state' && actor.country === holder.actor.country);
  if (!state) return;
  actors.set(state.id, actors.get(state.id) ?? { key: state.id, id: state.id, name: state.name, kind: state.kind, country: state.country });
  frames.push({ sentence: index, type: 'LEADS', start: title.start, end: title.end, holder: holder.actor.key, organisation: state.id, headOfState: true });
}

/** A name Parley lacks that a title gives a holder is a person's; one it gives an organisation, an organisation's. */
function usedAsPerson(slot: Slot): void {
  slot.used = true;
  if (slot.actor.id === null) slot.actor.kind = 'person';
}

function usedAsOrganisation(slot: Slot): void {
  slot.used = true;
  if (slot.actor.id === null && slot.actor.kind === 'person') slot.actor.kind = 'organization';
}

/** The organisation in a title whose holder the sentence names takes no part in the sentence's other claims. */
function consumeTitledOrganisations(frames: TitleFrame[], mentions: Mention[]): void {
  for (const frame of frames) {
    if (frame.headOfState) continue;
    const organisation = mentions
      .filter((mention) => mention.sentence === frame.sentence && mention.actor === frame.organisation)
      .sort((a, b) => Math.abs(a.start - frame.end) - Math.abs(b.start - frame.end))[0];
    if (organisation) organisation.consumed = true;
  }
}

/**
 * "le président du MİT" without a name stands for whoever leads MİT: the holder the text itself names elsewhere
 * ("Le président du MİT, İbrahim Kalın"), else the one the graph records. When neither says, the organisation
 * itself stays the actor of the sentence.
 */
function standForHolders(
  untitled: Untitled[],
  frames: TitleFrame[],
  context: ExtractionContext,
  actors: Map<string, MentionedActor>,
  mentions: Mention[],
): void {
  for (const { sentence, start, end, organisation } of untitled) {
    const mention = organisation.mention;
    if (!mention) continue;
    const holder =
      frames.find((frame) => frame.type === 'LEADS' && !frame.headOfState && frame.organisation === organisation.actor.key)?.holder ??
      context.leaders.find((leader) => leader.organisationId === organisation.actor.key)?.leaderId;
    if (!holder || !actors.has(holder)) continue;
    mentions.splice(mentions.indexOf(mention), 1, {
      start,
      end,
      sentence,
      actor: holder,
      via: 'holder',
      holderOf: organisation.actor.key,
      consumed: false,
    });
  }
}
