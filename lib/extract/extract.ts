import type { ActorKind } from '../schemas/actor';
import type { MeetingKind, ParticipantRole } from '../schemas/meeting';
import type { AnalystTieType } from '../taxonomy';
import { proposeClaims, type ProposedClaim } from './claims';
import { readDocument } from './document';
import { detectLanguage } from './language';
import { lexiconOf } from './lexicon';
import { findMentions, type ExtractionContext, type MentionedActor } from './mentions';
import type { TextSpan } from './sentences';

/**
 * From a pasted report to proposed claims, offline and explainable: the answer of `POST /api/extract`. Every
 * offset is into the text as sent (UTF-16 code units, as JavaScript counts), and every quote is
 * `text.slice(start, end)`. Known actors are named by id; an actor the text names that Parley lacks has a null id
 * and the key of its entry in `newActors`, which accepting a proposal that names it creates.
 */

/** The credibility a proposal starts with: 6, "truth cannot be judged", until the analyst grades it. */
export const DEFAULT_CREDIBILITY = 6;

export interface ActorReference {
  actorId: string | null;
  /** The key of a `newActors` entry when `actorId` is null. */
  newActor: string | null;
}

export interface ExtractedMention extends ActorReference, TextSpan {
  text: string;
  /** For a title standing for its holder ("le président du MİT"): the organisation the holder leads. */
  holderOf: string | null;
}

export interface NewActorProposal {
  key: string;
  name: string;
  kind: ActorKind;
}

export interface Cue extends TextSpan {
  text: string;
}

interface ProposalBase extends TextSpan {
  quote: string;
  /** The words that fired: a cue of the lexicon, or a title. */
  cue: Cue;
  /** Why these actors, in this direction: said for the analyst. */
  why: string;
  credibility: number;
}

export interface TieProposal extends ProposalBase {
  kind: 'tie';
  type: AnalystTieType;
  subjectId: string | null;
  subjectNew: string | null;
  objectId: string | null;
  objectNew: string | null;
}

export interface MeetingProposal extends ProposalBase {
  kind: 'meeting';
  meetingKind: MeetingKind;
  participants: (ActorReference & { role: ParticipantRole })[];
}

export type Proposal = TieProposal | MeetingProposal;

export interface Extraction {
  /** The language the text was read in: as given, else as detected; null when it could not be told. */
  language: string | null;
  languageDetected: boolean;
  /** Whether Parley has cues for that language (lib/extract/lexicon): without them, mentions only. */
  cuesKnown: boolean;
  sentences: TextSpan[];
  mentions: ExtractedMention[];
  /** The known actors that mentions and proposals name, for their names and kinds. */
  actors: { id: string; name: string; kind: ActorKind }[];
  newActors: NewActorProposal[];
  proposals: Proposal[];
}

export function extractClaims({ text, language, context }: { text: string; language: string | null; context: ExtractionContext }): Extraction {
  const read = language ?? detectLanguage(text);
  const lexicon = lexiconOf(read);
  const document = readDocument(text, read);
  const analysis = findMentions(document, lexicon, context);
  const claims = lexicon ? proposeClaims(document, lexicon, analysis) : [];

  const named = new Set<string>();
  const reference = (key: string): ActorReference => {
    named.add(key);
    const actor = analysis.actors.get(key)!;
    return actor.id ? { actorId: actor.id, newActor: null } : { actorId: null, newActor: actor.key };
  };
  const mentions = analysis.mentions.map<ExtractedMention>((mention) => {
    const span = { start: document.tokens[mention.start]!.start, end: document.tokens[mention.end - 1]!.end };
    return { ...span, text: text.slice(span.start, span.end), ...reference(mention.actor), holderOf: mention.holderOf };
  });
  const proposals = claims.map((claim) => proposalOf(claim, text, reference));
  for (const mention of mentions) if (mention.holderOf) named.add(mention.holderOf);

  const mentioned = [...named].map((key) => analysis.actors.get(key)!);
  return {
    language: read,
    languageDetected: language === null && read !== null,
    cuesKnown: lexicon !== null,
    sentences: document.sentences.map(({ start, textEnd }) => ({ start, end: textEnd })),
    mentions,
    actors: mentioned.filter(isKnown).map(({ id, name, kind }) => ({ id, name, kind })),
    newActors: mentioned.filter((actor) => actor.id === null).map(({ key, name, kind }) => ({ key, name, kind })),
    proposals,
  };
}

function isKnown(actor: MentionedActor): actor is MentionedActor & { id: string } {
  return actor.id !== null;
}

function proposalOf(claim: ProposedClaim, text: string, reference: (key: string) => ActorReference): Proposal {
  const base = {
    start: claim.quote.start,
    end: claim.quote.end,
    quote: text.slice(claim.quote.start, claim.quote.end),
    cue: { ...claim.cue, text: text.slice(claim.cue.start, claim.cue.end) },
    why: claim.why,
    credibility: DEFAULT_CREDIBILITY,
  };
  if (claim.kind === 'meeting') {
    return {
      kind: 'meeting',
      meetingKind: claim.meetingKind,
      participants: claim.participants.map((participant) => ({ ...reference(participant.actor), role: participant.role })),
      ...base,
    };
  }
  const subject = reference(claim.subject);
  const object = reference(claim.object);
  return {
    kind: 'tie',
    type: claim.type,
    subjectId: subject.actorId,
    subjectNew: subject.newActor,
    objectId: object.actorId,
    objectNew: object.newActor,
    ...base,
  };
}
