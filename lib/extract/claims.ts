import type { ActorKind } from '../schemas/actor';
import type { MeetingKind, ParticipantRole } from '../schemas/meeting';
import type { AnalystTieType } from '../taxonomy';
import { gapBefore, WordSet, type ReadDocument, type SentenceRange } from './document';
import type { Lexicon, MeetingCue, TieCue } from './lexicon';
import type { Mention, MentionAnalysis, MentionedActor } from './mentions';
import { PhraseMatcher } from './phrases';
import type { TextSpan } from './sentences';

/** A tie or a meeting that a sentence's words propose, before the answer names its actors by id. */
export type ProposedClaim =
  | { kind: 'tie'; type: AnalystTieType; subject: string; object: string; quote: TextSpan; cue: TextSpan; why: string }
  | {
      kind: 'meeting';
      meetingKind: MeetingKind;
      participants: { actor: string; role: ParticipantRole }[];
      quote: TextSpan;
      cue: TextSpan;
      why: string;
    };

type Cue = { tie: TieCue; meeting?: undefined } | { meeting: MeetingCue; tie?: undefined };

/**
 * Which kinds of actor a type can link, from the taxonomy's definitions: one heads, or belongs to, or speaks for an
 * organisation or a state, not a person; a person is assassinated. Proposals that break them are not made.
 */
const KIND_RULES: Partial<Record<AnalystTieType, { subject?: (kind: ActorKind) => boolean; object?: (kind: ActorKind) => boolean }>> = {
  LEADS: { object: (kind) => kind !== 'person' },
  PART_OF: { subject: (kind) => kind !== 'person', object: (kind) => kind !== 'person' },
  MEMBER_OF: { object: (kind) => kind !== 'person' },
  REPRESENTS: { object: (kind) => kind !== 'person' },
  ASSASSINATES: { object: (kind) => kind === 'person' },
};

/** Types that read the same both ways: their direction is only the order the text gives. */
const SYMMETRIC: ReadonlySet<AnalystTieType> = new Set(['NEGOTIATES_WITH', 'ALLIED_WITH']);

interface Clause {
  sentence: number;
  start: number;
  end: number;
}

class ClaimWords {
  readonly cues = new PhraseMatcher<Cue>();
  readonly coordinators: WordSet;
  readonly listWords: WordSet;
  readonly roleWords: WordSet;
  readonly agentBefore: WordSet;
  readonly agentAfter: WordSet;
  readonly betweenOpening: WordSet;
  readonly betweenClosing: WordSet;
  readonly clauseOpeners: WordSet;
  readonly pronouns: WordSet;
  readonly disputes = new PhraseMatcher<true>();

  constructor(lexicon: Lexicon) {
    for (const tie of lexicon.ties) this.cues.add(tie.phrase, { tie });
    for (const meeting of lexicon.meetings) this.cues.add(meeting.phrase, { meeting });
    for (const phrase of lexicon.disputeCues) this.disputes.add(phrase, true);
    this.coordinators = new WordSet(lexicon.coordinators);
    this.listWords = new WordSet([...lexicon.articles, ...lexicon.listIntroducers]);
    this.roleWords = new WordSet([...lexicon.articles, ...lexicon.listIntroducers, ...lexicon.roleWords]);
    this.agentBefore = new WordSet(lexicon.agentBefore);
    this.agentAfter = new WordSet(lexicon.agentAfter);
    this.betweenOpening = new WordSet(lexicon.betweenOpening);
    this.betweenClosing = new WordSet(lexicon.betweenClosing);
    this.clauseOpeners = new WordSet(lexicon.clauseOpeners);
    this.pronouns = new WordSet(lexicon.subjectPronouns);
  }
}

/**
 * Proposes the claims of a text: the ties its titles prove, and for each clause with a cue of the lexicon, the
 * ties or the meeting the cue makes of the clause's actors, directed as the cue's voice says (see CueVoice). Each
 * quotes its sentence (with the one before when a pronoun stands for that sentence's subject). The same claim
 * proposed twice is kept once, at its first sentence.
 */
export function proposeClaims(document: ReadDocument, lexicon: Lexicon, analysis: MentionAnalysis): ProposedClaim[] {
  const words = new ClaimWords(lexicon);
  const reader = new ClauseReader(document, words, analysis);
  const claims = new ClaimList();

  for (const frame of analysis.frames) {
    const sentence = document.sentences[frame.sentence]!;
    const title = spanOf(document, frame.start, frame.end);
    const holder = reader.name(frame.holder);
    const organisation = reader.name(frame.organisation);
    claims.add({
      kind: 'tie',
      type: frame.type,
      subject: frame.holder,
      object: frame.organisation,
      quote: sentenceSpan(sentence),
      cue: title,
      why: frame.headOfState
        ? `${holder} holds the title, which names no organisation: the state of their country, ${organisation}`
        : `${holder} holds the title; ${organisation} is its organisation`,
    });
  }

  const clauses = document.sentences.flatMap((sentence, index) => reader.clausesOf(sentence, index));
  const disputeParties = reader.disputeParties(clauses);
  for (const clause of clauses) for (const claim of reader.claimsOf(clause, disputeParties)) claims.add(claim);
  return claims.list();
}

function spanOf(document: ReadDocument, first: number, end: number): TextSpan {
  return { start: document.tokens[first]!.start, end: document.tokens[end - 1]!.end };
}

function sentenceSpan(sentence: SentenceRange): TextSpan {
  return { start: sentence.start, end: sentence.textEnd };
}

/** Claims in the order found, each once: a tie by its type and ends, a meeting by its participants. */
class ClaimList {
  private readonly claims = new Map<string, ProposedClaim>();

  add(claim: ProposedClaim): void {
    const key =
      claim.kind === 'tie'
        ? `tie:${claim.type}:${SYMMETRIC.has(claim.type) ? [claim.subject, claim.object].sort().join('|') : `${claim.subject}|${claim.object}`}`
        : `meeting:${claim.participants.map((participant) => participant.actor).sort().join('|')}`;
    const known = this.claims.get(key);
    // Of two cues for one meeting, the one that says what kind it was ("au téléphone") over a plain "rencontré".
    if (known?.kind === 'meeting' && claim.kind === 'meeting' && known.meetingKind === 'consultation' && claim.meetingKind !== 'consultation') {
      if (known.quote.start === claim.quote.start) this.claims.set(key, { ...known, meetingKind: claim.meetingKind, cue: claim.cue, why: claim.why });
      return;
    }
    if (!known) this.claims.set(key, claim);
  }

  list(): ProposedClaim[] {
    return [...this.claims.values()];
  }
}

class ClauseReader {
  constructor(
    private readonly document: ReadDocument,
    private readonly words: ClaimWords,
    private readonly analysis: MentionAnalysis,
  ) {}

  name(key: string): string {
    return this.analysis.actors.get(key)?.name ?? key;
  }

  private actor(key: string): MentionedActor | undefined {
    return this.analysis.actors.get(key);
  }

  /** A sentence cut where a semicolon, or a comma and a word such as "et" or "but", opens a new clause. */
  clausesOf(sentence: SentenceRange, index: number): Clause[] {
    const clauses: Clause[] = [];
    let start = sentence.first;
    for (let at = sentence.first + 1; at < sentence.end; at += 1) {
      const gap = gapBefore(this.document, at);
      if (gap.includes(';') || (gap.includes(',') && this.words.clauseOpeners.has(this.document.tokens, at))) {
        clauses.push({ sentence: index, start, end: at });
        start = at;
      }
    }
    clauses.push({ sentence: index, start, end: sentence.end });
    return clauses.filter((clause) => clause.end > clause.start);
  }

  /** The actors of a clause that can take part in its claims, in the order written. */
  private actorsOf(clause: Clause): Mention[] {
    return this.analysis.mentions.filter((mention) => mention.start >= clause.start && mention.end <= clause.end && !mention.consumed);
  }

  /** Whether the words between two mentions join them in a list: "X et Y", "X, Y and Z", "X ile Y". */
  private separator(from: number, to: number): 'coordinator' | 'comma' | null {
    const { tokens } = this.document;
    let coordinated = false;
    let comma = false;
    for (let at = from; at <= to; at += 1) {
      const gap = gapBefore(this.document, at);
      if (!/^[\s,'’]*$/u.test(gap)) return null;
      if (gap.includes(',')) comma = true;
      if (at === to) break;
      const coordinatorEnd = this.words.coordinators.endAt(tokens, at, to);
      const listEnd = coordinatorEnd > at ? coordinatorEnd : this.words.listWords.endAt(tokens, at, to);
      if (listEnd === at) return null;
      if (coordinatorEnd > at) coordinated = true;
      at = listEnd - 1;
    }
    return coordinated ? 'coordinator' : comma ? 'comma' : null;
  }

  /**
   * The list that mention `index` of `mentions` belongs to. Commas join items only in a list that ends with a
   * coordinator ("X, Y et Z"); "Kalın, Haniye ile" is a subject and the rest of the sentence.
   */
  private listAround(mentions: Mention[], index: number): Mention[] {
    let first = index;
    while (first > 0 && this.separator(mentions[first - 1]!.end, mentions[first]!.start)) first -= 1;
    let last = index;
    while (last + 1 < mentions.length && this.separator(mentions[last]!.end, mentions[last + 1]!.start)) last += 1;
    const list = mentions.slice(first, last + 1);
    if (list.length < 2 || this.separator(list.at(-2)!.end, list.at(-1)!.start) === 'coordinator') return uniqueActors(list);
    const cut = list.findIndex((mention, at) => at > 0 && this.separator(list[at - 1]!.end, mention.start) === 'comma');
    return uniqueActors(cut === -1 ? list : list.slice(0, cut));
  }

  /** The subject of a clause's cue: the first actor before it, with those listed with it. */
  private subjectsBefore(actors: Mention[], cueStart: number): Mention[] {
    if (actors.length === 0 || actors[0]!.end > cueStart) return [];
    return this.listAround(actors, 0).filter((mention) => mention.end <= cueStart);
  }

  /**
   * Who a clause without a subject of its own is about: a later clause of a sentence ("…, et a critiqué Israël",
   * "…, et il a critiqué Israël") is about the sentence's subject; a sentence that opens with a subject pronoun
   * ("Il a joué un rôle facilitateur") is about the previous sentence's.
   */
  private antecedent(clause: Clause): Mention | null {
    const { tokens, sentences } = this.document;
    const sentence = sentences[clause.sentence]!;
    const range = (index: number) => ({ sentence: index, start: sentences[index]!.first, end: sentences[index]!.end });
    if (clause.start !== sentence.first) {
      const opened = this.words.clauseOpeners.endAt(tokens, clause.start, clause.end);
      const first = this.actorsOf(range(clause.sentence))[0];
      return opened > clause.start && first && first.end <= clause.start ? first : null;
    }
    if (clause.sentence === 0 || !this.words.pronouns.has(tokens, sentence.first)) return null;
    return this.actorsOf(range(clause.sentence - 1))[0] ?? null;
  }

  /** "entre Israël et le Hamas", "between X and Y", "X ile Y arasında": the two actors, nearest `near` first. */
  private betweenPairs(actors: Mention[], clause: Clause, near: number): [Mention, Mention][] {
    const { tokens } = this.document;
    const pairs: [Mention, Mention][] = [];
    for (let index = 0; index + 1 < actors.length; index += 1) {
      const [first, second] = [actors[index]!, actors[index + 1]!];
      if (this.separator(first.end, second.start) !== 'coordinator') continue;
      const opening = this.words.betweenOpening.startBefore(tokens, this.words.listWords.startBefore(tokens, first.start, clause.start), clause.start);
      const opened = opening < first.start && this.words.betweenOpening.endAt(tokens, opening) > opening;
      const closed = this.words.betweenClosing.endAt(tokens, second.end, clause.end) > second.end;
      if (opened || closed) pairs.push([first, second]);
    }
    return pairs.sort((a, b) => Math.abs(a[0].start - near) - Math.abs(b[0].start - near));
  }

  /** The parties of the disputes a text reports: the actors of each "conflict between X and Y". */
  disputeParties(clauses: Clause[]): Set<string> {
    const parties = new Set<string>();
    for (const clause of clauses) {
      const disputes = this.words.disputes.scan(this.document.tokens, clause.start, clause.end);
      if (disputes.length === 0) continue;
      for (const pair of this.betweenPairs(this.actorsOf(clause), clause, disputes[0]!.start)) for (const mention of pair) parties.add(mention.actor);
    }
    return parties;
  }

  claimsOf(clause: Clause, disputeParties: Set<string>): ProposedClaim[] {
    const actors = this.actorsOf(clause);
    const cues = this.words.cues
      .scan(this.document.tokens, clause.start, clause.end)
      .filter((cue) => !actors.some((mention) => mention.start < cue.end && cue.start < mention.end));
    const claims: ProposedClaim[] = [];
    cues.forEach((cue, index) => {
      const scopeEnd = cues[index + 1]?.start ?? clause.end;
      const context: CueContext = { clause, actors, start: cue.start, end: cue.end, scopeEnd, disputeParties };
      claims.push(...(cue.value.tie ? this.tieClaims(cue.value.tie, context) : this.meetingClaims(cue.value.meeting!, context)));
    });
    return claims;
  }

  private quoteOf(clause: Clause, from: Mention | null): TextSpan {
    const sentence = this.document.sentences[clause.sentence]!;
    const first = from && from.sentence < clause.sentence ? this.document.sentences[from.sentence]! : sentence;
    return { start: first.start, end: sentence.textEnd };
  }

  private text(start: number, end: number): string {
    const span = spanOf(this.document, start, end);
    return this.document.text.slice(span.start, span.end);
  }

  /** The subject of a cue, or the antecedent of the pronoun the sentence opens with. */
  private subjects(context: CueContext): { subjects: Mention[]; antecedent: Mention | null } {
    const subjects = this.subjectsBefore(context.actors, context.start);
    if (subjects.length > 0) return { subjects, antecedent: null };
    const antecedent = this.antecedent(context.clause);
    return { subjects: antecedent ? [antecedent] : [], antecedent };
  }

  /** The objects of an active cue: the actors after it (up to the next cue), else those between its subject and it. */
  private objects(context: CueContext, subjects: Mention[]): Mention[] {
    const others = context.actors.filter((mention) => !subjects.some((subject) => subject.actor === mention.actor));
    const after = others.filter((mention) => mention.start >= context.end && mention.end <= context.scopeEnd);
    return uniqueActors(after.length > 0 ? after : others.filter((mention) => mention.end <= context.start));
  }

  private agent(context: CueContext): Mention | null {
    const { tokens } = this.document;
    const candidates = context.actors.filter((mention) => {
      const before = this.words.listWords.startBefore(tokens, mention.start, context.clause.start);
      const marked = this.words.agentBefore.startBefore(tokens, before, context.clause.start) < before;
      return marked || this.words.agentAfter.endAt(tokens, mention.end, context.clause.end) > mention.end;
    });
    return candidates.sort((a, b) => Math.abs(a.start - context.start) - Math.abs(b.start - context.start))[0] ?? null;
  }

  private tieClaims(cue: TieCue, context: CueContext): ProposedClaim[] {
    const quoteFrom = (antecedent: Mention | null) => this.quoteOf(context.clause, antecedent);
    const cueSpan = spanOf(this.document, context.start, context.end);
    const pairs: { subject: Mention; object: Mention; why: string; antecedent: Mention | null }[] = [];

    if (cue.voice === 'active') {
      const { subjects, antecedent } = this.subjects(context);
      for (const subject of subjects) {
        for (const object of this.objects(context, subjects)) {
          pairs.push({ subject, object, antecedent, why: this.activeWhy(subject, antecedent, context.clause) });
        }
      }
    } else if (cue.voice === 'passive' || cue.voice === 'noun') {
      const agent = this.agent(context);
      if (agent) {
        for (const object of uniqueActors(context.actors.filter((mention) => mention.actor !== agent.actor))) {
          pairs.push({ subject: agent, object, antecedent: null, why: `${this.name(agent.actor)}: the agent (“${this.agentText(agent)}”)` });
        }
      }
    } else if (cue.voice === 'between') {
      const pair = this.betweenPairs(context.actors, context.clause, context.start)[0];
      const listed = this.subjectsBefore(context.actors, context.start);
      const [first, second] = pair ?? (listed.length >= 2 ? [listed[0]!, listed[1]!] : [undefined, undefined]);
      if (first && second) {
        pairs.push({ subject: first, object: second, antecedent: null, why: `${this.name(first.actor)} and ${this.name(second.actor)}: the two sides, in the order written` });
      }
    } else {
      pairs.push(...this.mediationPairs(context));
    }

    return pairs
      .filter(({ subject, object }) => subject.actor !== object.actor && this.kindsFit(cue.type, subject.actor, object.actor))
      .map(({ subject, object, why, antecedent }) => ({
        kind: 'tie' as const,
        type: cue.type,
        subject: subject.actor,
        object: object.actor,
        quote: quoteFrom(antecedent),
        cue: cueSpan,
        why,
      }));
  }

  private activeWhy(subject: Mention, antecedent: Mention | null, clause: Clause): string {
    if (antecedent) return `No subject of its own: taken as ${this.name(subject.actor)}, ${this.antecedentWhere(antecedent, clause)}`;
    return `${this.name(subject.actor)}: the subject before the cue`;
  }

  private antecedentWhere(antecedent: Mention, clause: Clause): string {
    return antecedent.sentence < clause.sentence ? 'the subject of the sentence before (this one opens with a pronoun)' : 'the subject of the sentence';
  }

  private agentText(agent: Mention): string {
    const { tokens } = this.document;
    const before = this.words.agentBefore.startBefore(tokens, this.words.listWords.startBefore(tokens, agent.start, 0), 0);
    const after = this.words.agentAfter.endAt(tokens, agent.end);
    return this.text(Math.min(before, agent.start), Math.max(after, agent.end));
  }

  /**
   * The mediators beside the cue ("les pays médiateurs, le Qatar et l'Égypte") or its subject; the parties of a
   * between-phrase of the sentence, else of the dispute the text reports that the sentence names, else, when it
   * names no one else, all of that dispute's parties, else the actors after the cue.
   */
  private mediationPairs(context: CueContext): { subject: Mention; object: Mention; why: string; antecedent: Mention | null }[] {
    const { actors } = context;
    const after = actors.findIndex((mention) => mention.start >= context.end);
    const before = actors.findLastIndex((mention) => mention.end <= context.start);
    let mediators: Mention[] = [];
    let antecedent: Mention | null = null;
    let how = 'listed beside the cue';
    if (after !== -1 && this.adjacent(context.end, actors[after]!.start)) mediators = this.listAround(actors, after);
    else if (before !== -1 && this.adjacent(actors[before]!.end, context.start)) mediators = this.listAround(actors, before);
    else {
      ({ subjects: mediators, antecedent } = this.subjects(context));
      how = antecedent ? this.antecedentWhere(antecedent, context.clause) : 'the subject before the cue';
    }
    const sentence = this.document.sentences[context.clause.sentence]!;
    const inSentence = this.actorsOf({ sentence: context.clause.sentence, start: sentence.first, end: sentence.end });
    const between = this.betweenPairs(inSentence, context.clause, context.start)[0];
    // The sides of the dispute are not its go-betweens ("X and Y negotiated, with Z as mediator").
    mediators = mediators.filter((mention) => !between?.some((party) => party.actor === mention.actor));
    if (mediators.length === 0) return [];
    const mediatorKeys = new Set(mediators.map((mention) => mention.actor));

    const sentenceActors = inSentence.filter((mention) => !mediatorKeys.has(mention.actor));
    const named = sentenceActors.filter((mention) => context.disputeParties.has(mention.actor));
    let parties: Mention[];
    let partiesWhy: string;
    if (between) {
      parties = between;
      partiesWhy = 'a side named in the between-phrase';
    } else if (named.length > 0) {
      parties = uniqueActors(named);
      partiesWhy = 'a party of the dispute the text reports';
    } else if (sentenceActors.length === 0 && context.disputeParties.size > 0) {
      const mentionOf = (key: string) => this.analysis.mentions.find((mention) => mention.actor === key)!;
      parties = [...context.disputeParties].filter((key) => !mediatorKeys.has(key)).map(mentionOf);
      partiesWhy = 'a party of the dispute the text reports';
    } else {
      parties = this.objects(context, mediators);
      partiesWhy = 'named after the cue';
    }
    const mediatorNames = mediators.map((mention) => this.name(mention.actor)).join(', ');
    return mediators.flatMap((subject) =>
      parties.map((object) => ({
        subject,
        object,
        antecedent,
        why: `${mediators.length > 1 ? 'Mediators' : 'Mediator'} ${mediatorNames}: ${how}; ${this.name(object.actor)}: ${partiesWhy}`,
      })),
    );
  }

  /** Nothing but articles, list words, role words ("as", "comme") and punctuation between two places. */
  private adjacent(from: number, to: number): boolean {
    const { tokens } = this.document;
    for (let at = from; at <= to; at += 1) {
      if (!/^[\s,:'’]*$/u.test(gapBefore(this.document, at))) return false;
      if (at === to) return true;
      const end = this.words.roleWords.endAt(tokens, at, to);
      if (end === at) return false;
      at = end - 1;
    }
    return true;
  }

  private kindsFit(type: AnalystTieType, subject: string, object: string): boolean {
    const rules = KIND_RULES[type];
    const subjectKind = this.actor(subject)?.kind;
    const objectKind = this.actor(object)?.kind;
    return (!rules?.subject || !subjectKind || rules.subject(subjectKind)) && (!rules?.object || !objectKind || rules.object(objectKind));
  }

  private meetingClaims(cue: MeetingCue, context: CueContext): ProposedClaim[] {
    const { subjects, antecedent } = this.subjects(context);
    const objects = this.objects(context, subjects);
    const participants = uniqueActors([...subjects, ...objects]);
    if (participants.length < 2) return [];
    const hosts = new Set(cue.host === 'subject' ? subjects.map((mention) => mention.actor) : cue.host === 'object' && objects[0] ? [objects[0].actor] : []);
    return [
      {
        kind: 'meeting',
        meetingKind: cue.kind,
        participants: participants.map((mention) => ({ actor: mention.actor, role: hosts.has(mention.actor) ? 'host' : 'participant' })),
        quote: this.quoteOf(context.clause, antecedent),
        cue: spanOf(this.document, context.start, context.end),
        why: antecedent
          ? `Participants: the actors of the clause, and ${this.name(antecedent.actor)}, ${this.antecedentWhere(antecedent, context.clause)}`
          : 'Participants: the actors of the clause',
      },
    ];
  }
}

interface CueContext {
  clause: Clause;
  actors: Mention[];
  start: number;
  end: number;
  /** Where the next cue of the clause starts: a cue's objects stop there. */
  scopeEnd: number;
  disputeParties: Set<string>;
}

function uniqueActors(mentions: Mention[]): Mention[] {
  return mentions.filter((mention, index) => mentions.findIndex((other) => other.actor === mention.actor) === index);
}
