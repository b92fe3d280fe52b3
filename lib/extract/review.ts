import type { ActorKind } from '../schemas/actor';
import { MEETING_KIND_LABELS, type MeetingKind, type ParticipantRole } from '../schemas/meeting';
import type { Confidence } from '../schemas/tie';
import type { AnalystTieType } from '../taxonomy';
import type { Cue, Extraction, Proposal } from './extract';
import { NEW_ACTOR_PREFIX } from './mentions';
import type { TextSpan } from './sentences';

/**
 * The review of a report's proposals, pure so that the page and its tests share it: each proposal as a draft the
 * analyst accepts, edits or rejects, claims added from a selection of the text, quotes trimmed by whole words
 * within their sentence, and the accepting request made of what was accepted.
 *
 * Actors are named by key: a recorded actor's id, or `new:<slug>` for one the report names that Parley lacks
 * (ids never hold a colon).
 */

export type ActorKey = string;

export function isNewActor(key: ActorKey): boolean {
  return key.startsWith(NEW_ACTOR_PREFIX);
}

export interface TieDraft {
  kind: 'tie';
  type: AnalystTieType | '';
  subject: ActorKey | null;
  object: ActorKey | null;
  confidence: Confidence;
}

export interface MeetingDraft {
  kind: 'meeting';
  meetingKind: MeetingKind;
  title: string;
  participants: { actor: ActorKey | null; role: ParticipantRole }[];
}

export type ClaimDraft = TieDraft | MeetingDraft;

export type ReviewStatus = 'pending' | 'accepted' | 'rejected' | 'written';

export interface ReviewItem {
  id: string;
  /** Proposed by the extraction, or added by the analyst from a selection of the text. */
  origin: 'proposed' | 'added';
  claim: ClaimDraft;
  quote: TextSpan;
  /** Where the quote may be trimmed to: the sentence (or sentences) it was proposed in. */
  bounds: TextSpan;
  credibility: number;
  cue: Cue | null;
  why: string | null;
  status: ReviewStatus;
  /** Once written: the record, and the actors to show it with on the graph. */
  written: { kind: 'tie' | 'meeting'; id: string; actorIds: string[] } | null;
}

/** A new actor as the analyst will have it created: its name and kind, as proposed or as edited. */
export interface NewActorDraft {
  key: ActorKey;
  name: string;
  kind: ActorKind;
}

/** The confidence a proposed tie starts with, until the analyst says otherwise. */
const DEFAULT_CONFIDENCE: Confidence = 'moderate';

function keyOf(actorId: string | null, newActor: string | null): ActorKey | null {
  return actorId ?? newActor;
}

export function reviewItemsOf(extraction: Extraction, names: (key: ActorKey) => string): ReviewItem[] {
  return extraction.proposals.map((proposal, index) => ({
    id: `proposal-${index + 1}`,
    origin: 'proposed',
    claim: draftOf(proposal, names),
    quote: { start: proposal.start, end: proposal.end },
    bounds: { start: proposal.start, end: proposal.end },
    credibility: proposal.credibility,
    cue: proposal.cue,
    why: proposal.why,
    status: 'pending',
    written: null,
  }));
}

function draftOf(proposal: Proposal, names: (key: ActorKey) => string): ClaimDraft {
  if (proposal.kind === 'tie') {
    return {
      kind: 'tie',
      type: proposal.type,
      subject: keyOf(proposal.subjectId, proposal.subjectNew),
      object: keyOf(proposal.objectId, proposal.objectNew),
      confidence: DEFAULT_CONFIDENCE,
    };
  }
  const participants = proposal.participants.map((participant) => ({ actor: keyOf(participant.actorId, participant.newActor), role: participant.role }));
  return {
    kind: 'meeting',
    meetingKind: proposal.meetingKind,
    title: meetingTitle(participants.map((participant) => (participant.actor ? names(participant.actor) : '')), proposal.meetingKind),
    participants,
  };
}

/** "İbrahim Kalın – Ismail Haniyeh: consultation"; with more than three participants, the first two and how many more. */
export function meetingTitle(names: string[], kind: MeetingKind): string {
  const named = names.filter(Boolean);
  const who = named.length > 3 ? `${named.slice(0, 2).join(', ')} and ${named.length - 2} more` : named.join(' – ');
  return `${who}: ${MEETING_KIND_LABELS[kind].toLowerCase()}`.slice(0, 300);
}

/** The sentences a span of the text falls in, as one span: where a quote chosen from a selection may be trimmed. */
export function sentencesAround(sentences: readonly TextSpan[], span: TextSpan): TextSpan {
  const touched = sentences.filter((sentence) => sentence.start < span.end && span.start < sentence.end);
  if (touched.length === 0) return span;
  return { start: Math.min(span.start, touched[0]!.start), end: Math.max(span.end, touched.at(-1)!.end) };
}

/** A span without the spaces at its ends; null when nothing but spaces is left. */
export function trimmedSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * The quote with one of its ends moved by a word: `start` forward drops its first word, backward takes back the
 * one before; `end` likewise at the other end. It stays within `bounds`, keeps at least one word, and never
 * ends inside a word.
 */
export function moveQuoteEdge(text: string, quote: TextSpan, bounds: TextSpan, edge: 'start' | 'end', direction: 1 | -1): TextSpan {
  const isWord = (at: number) => at >= 0 && at < text.length && WORD_CHARACTER.test(text[at]!);
  let { start, end } = quote;
  if (edge === 'start' && direction === 1) {
    let at = start;
    while (at < end && !isWord(at)) at += 1;
    while (at < end && isWord(at)) at += 1;
    while (at < end && !isWord(at)) at += 1;
    if (at < end) start = at;
  } else if (edge === 'start') {
    let at = start;
    while (at > bounds.start && !isWord(at - 1)) at -= 1;
    while (at > bounds.start && isWord(at - 1)) at -= 1;
    start = at;
  } else if (direction === -1) {
    let at = end;
    while (at > start && !isWord(at - 1)) at -= 1;
    while (at > start && isWord(at - 1)) at -= 1;
    while (at > start && !isWord(at - 1)) at -= 1;
    if (at > start) end = at;
  } else {
    let at = end;
    while (at < bounds.end && !isWord(at)) at += 1;
    while (at < bounds.end && isWord(at)) at += 1;
    // Take the punctuation that closes the sentence with the last word.
    while (at < bounds.end && /[.!?»”"’)]/u.test(text[at]!)) at += 1;
    end = at;
  }
  return trimmedSpan(text, { start, end }) ?? quote;
}

/** A claim added by the analyst from a selection: a tie between the first two actors the selection names, typed by the analyst. */
export function addedItem(id: string, quote: TextSpan, bounds: TextSpan, actorsInQuote: ActorKey[]): ReviewItem {
  return {
    id,
    origin: 'added',
    claim: { kind: 'tie', type: '', subject: actorsInQuote[0] ?? null, object: actorsInQuote[1] ?? null, confidence: DEFAULT_CONFIDENCE },
    quote,
    bounds,
    credibility: 6,
    cue: null,
    why: null,
    status: 'pending',
    written: null,
  };
}

/** Why a draft cannot be accepted yet, said for the analyst; empty when it can. */
export function draftProblems(claim: ClaimDraft): string[] {
  if (claim.kind === 'tie') {
    const problems: string[] = [];
    if (!claim.type) problems.push('Choose a type');
    if (!claim.subject) problems.push('Choose the subject');
    if (!claim.object) problems.push('Choose the object');
    if (claim.subject && claim.subject === claim.object) problems.push('The subject and the object must differ');
    return problems;
  }
  const actors = claim.participants.map((participant) => participant.actor).filter((actor): actor is ActorKey => actor !== null);
  const problems: string[] = [];
  if (!claim.title.trim()) problems.push('Give the meeting a title');
  if (actors.length < 2) problems.push('At least two participants');
  if (actors.length < claim.participants.length) problems.push('Choose every participant, or remove the empty ones');
  if (new Set(actors).size < actors.length) problems.push('Each participant once');
  return problems;
}

/** The actors a draft names. */
export function draftActors(claim: ClaimDraft): ActorKey[] {
  const actors = claim.kind === 'tie' ? [claim.subject, claim.object] : claim.participants.map((participant) => participant.actor);
  return actors.filter((actor): actor is ActorKey => actor !== null);
}

export type SourceChoice = { id: string } | { new: { title: string; url: string | null; publisher: string | null; publishedAt: string | null; language: string; reliability: string } };

/**
 * The body of `POST /api/extract/accept` for the accepted items: new actors that an earlier acceptance created are
 * named by the id it gave them (`created`), the others are sent to be created, each once.
 */
export function acceptRequestOf({
  text,
  source,
  items,
  newActors,
  created,
}: {
  text: string;
  source: SourceChoice;
  items: readonly ReviewItem[];
  newActors: readonly NewActorDraft[];
  created: ReadonlyMap<ActorKey, string>;
}) {
  const reference = (key: ActorKey | null) => {
    const id = key && isNewActor(key) ? created.get(key) : key;
    return id ? { id } : { new: key ?? '' };
  };
  const claims = items.map((item) => {
    const quoted = { quote: text.slice(item.quote.start, item.quote.end), credibility: item.credibility };
    const { claim } = item;
    if (claim.kind === 'tie') {
      return { kind: 'tie' as const, type: claim.type, subject: reference(claim.subject), object: reference(claim.object), confidence: claim.confidence, ...quoted };
    }
    return {
      kind: 'meeting' as const,
      meetingKind: claim.meetingKind,
      title: claim.title.trim(),
      participants: claim.participants.map((participant) => ({ actor: reference(participant.actor), role: participant.role })),
      ...quoted,
    };
  });
  const needed = new Set(items.flatMap((item) => draftActors(item.claim)).filter((key) => isNewActor(key) && !created.has(key)));
  return {
    text,
    source,
    newActors: newActors.filter((actor) => needed.has(actor.key)).map(({ key, name, kind }) => ({ key, name: name.trim(), kind })),
    claims,
  };
}
