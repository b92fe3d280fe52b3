import type { ActorKind } from '../../schemas/actor';
import type { MeetingKind } from '../../schemas/meeting';
import type { AnalystTieType } from '../../taxonomy';

/**
 * What a language's lexicon holds: the phrases that cue a claim, the titles that name a holder, and the small
 * words the frames read around them. Each is plain data (lib/extract/lexicon/<language>.ts): a new cue is a new
 * line, a new language a new file listed in ./index.ts. Phrases are written as the matcher reads them
 * (lib/extract/phrases.ts): words, `word*` for any ending, `…` for up to three words of any kind; accents and
 * case do not matter.
 */

/**
 * How a cue gives a tie its direction:
 * - `active`: a verb whose subject comes first: "X a critiqué Y", "X criticised Y", "X, Y'yi eleştirdi". The subject
 *   is the first actor of the clause (with those listed with it, "X et Y"); the objects are the actors after the
 *   cue, or else those between the subject and the cue (Turkish puts the verb last).
 * - `passive`: the subject is the agent ("par X", "by X", "X tarafından"); without an agent there is no claim.
 * - `noun`: a noun of the act ("l'assassinat", "the assassination"), which only gives a direction with an agent, as
 *   a passive does: "l'assassinat par Israël de…".
 * - `between`: a claim that both sides make alike ("négociations entre X et Y"): the two actors of a
 *   between-phrase, or the subjects listed together ("X and Y negotiated"), in the order the text gives them.
 * - `mediation`: a go-between: the mediators are the actors listed beside the cue ("les pays médiateurs, le Qatar
 *   et l'Égypte") or else the subject; the mediated parties are those of a between-phrase in the sentence, else
 *   the parties of the dispute the text reports (the actors of its "conflict between X and Y") that the sentence
 *   names, else, when it names no other actor, all of them.
 */
export type CueVoice = 'active' | 'passive' | 'noun' | 'between' | 'mediation';

export interface TieCue {
  phrase: string;
  type: AnalystTieType;
  voice: CueVoice;
}

export interface MeetingCue {
  phrase: string;
  kind: MeetingKind;
  /** Who receives: the subject ("X a reçu Y"), the first actor after the cue ("X visited Y"), or no one said. */
  host?: 'subject' | 'object';
}

/**
 * A title someone holds in an organisation, naming both: "le président du MİT, İbrahim Kalın", "MİT Başkanı
 * İbrahim Kalın", "Hamas leader Ismail Haniyeh". `organisation` says where the organisation stands: after the
 * title and a link word ("président du MİT", "head of Hamas"), before it ("MİT Başkanı", "Hamas leader"), or
 * either. `type` is the tie the title proves (LEADS for a head, REPRESENTS for a spokesperson or an envoy), or null
 * for a title that only says its holder is a person ("ministre", "general").
 */
export interface TitleCue {
  phrase: string;
  type: 'LEADS' | 'REPRESENTS' | 'MEMBER_OF' | null;
  organisation: 'after' | 'before' | 'either';
}

export interface Lexicon {
  /** ISO 639-1 code. */
  language: string;
  ties: TieCue[];
  meetings: MeetingCue[];
  titles: TitleCue[];
  /** Titles of a head of state or government said without an organisation: "le président Erdoğan" leads the state of his country. */
  headOfStateTitles: string[];
  /** Words between a title and the organisation after it: du, de, of. */
  linksAfterTitle: string[];
  /** Words between an organisation and the title after it: the English "'s" (as "s"), Turkish genitive endings. */
  linksBeforeTitle: string[];
  /** Words before the agent of a passive or a noun (par, by), and words after it (tarafından). */
  agentBefore: string[];
  agentAfter: string[];
  /** Words that open a between-phrase before its first actor (entre, between), or close it after the second (arasında). */
  betweenOpening: string[];
  betweenClosing: string[];
  /** Words that join the items of a list: et, and, ve, ile. */
  coordinators: string[];
  /** Articles and the like, which may stand before a name in a list: le, la, the. */
  articles: string[];
  /** Words that introduce the items of a list after a cue: comme, notamment, such as. */
  listIntroducers: string[];
  /** Words between an actor and the role a cue names: "X as mediator", "X comme médiateur", "X arabulucu olarak". */
  roleWords: string[];
  /** Subject pronouns: a sentence that opens with one and names no actor before its cue is about the previous sentence's subject. */
  subjectPronouns: string[];
  /** Words of a dispute: a "conflict between X and Y" makes X and Y the parties a mediator mediates for. */
  disputeCues: string[];
  /** Words that, after a comma, open a new clause: et, mais, and, but. */
  clauseOpeners: string[];
  /** Words before a place rather than an actor (à, in), and endings after its apostrophe (Turkish `da*`): such names are not proposed as actors. */
  placeBefore: string[];
  placeAfter: string[];
  /** Capitalised words that are not names: days, months, forms of address. */
  notNames: string[];
  /** Words of an organisation's name and the kind of actor they make: ministère → organization, renseignement → agency. */
  organisationWords: Record<string, ActorKind>;
}
