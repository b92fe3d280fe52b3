import type { ActorKind } from './schemas/actor';
import type { Reliability } from './schemas/common';
import type { Confidence } from './schemas/tie';
import type { MeetingKind, ParticipantRole } from './schemas/meeting';
import type { Source } from './schemas/source';
import type { TieFamily, TieType } from './taxonomy';
import type { FoldedGraph, FoldMode, ViewLine } from './fold';
import type { HiddenCounts } from './filters';
import type { ViewTimeline } from './timebar';
import type { ChangeMarks } from './changes';
import type { ViewCut } from './view-budget';

/** What the graph view draws: plain, serialisable objects (no driver types) shared by server and client. */
export interface GraphActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export interface GraphTie {
  id: string;
  type: TieType;
  family: TieFamily;
  subjectId: string;
  objectId: string;
  since: string | null;
  until: string | null;
  confidence: Confidence;
  citationCount: number;
  /** The best Admiralty grade among the sources cited, for the reliability filter. */
  bestReliability: Reliability | null;
  /** The CAMEO code of the event an imported tie was coded from, so that it reads as the code says; null otherwise. */
  cameoCode: string | null;
}

export interface GraphMeeting {
  id: string;
  title: string;
  kind: MeetingKind;
  date: string | null;
  participants: { actorId: string; role: ParticipantRole }[];
  citationCount: number;
  /** The best Admiralty grade among the sources cited, for the reliability filter. */
  bestReliability: Reliability | null;
}

export interface GraphData {
  actors: GraphActor[];
  ties: GraphTie[];
  meetings: GraphMeeting[];
}

/** What the overview shows of the whole graph, for its notice. */
export interface OverviewSummary {
  /** Live actors in the graph. */
  actorsInGraph: number;
  /**
   * Best-connected candidates not shown: ranked above the last one shown but not linked to the core or past its pair
   * budget (lib/overview.ts), or past the claims one picture reads (lib/view-budget.ts).
   */
  leftOut: number;
}

/** The overview (lib/overview.ts): a connected core of the best-connected actors, every claim among them. */
export interface OverviewGraph extends GraphData {
  overview: OverviewSummary;
}

/**
 * What the canvas draws of a view (`GET /api/view`): its claims with the filters and the analyst's hidden elements
 * taken out, folded into lines (lib/fold.ts). Lines carry their first claim ids; `/api/lines` pages through the rest.
 */
export interface ViewPicture extends FoldedGraph {
  /** The view's fold setting: the analyst's, or null when the view chose `fold` itself. */
  chosenFold: FoldMode | null;
  /** The claims the lines and meeting nodes hold. */
  claims: { ties: number; meetings: number };
  hiddenByFilters: HiddenCounts;
  hiddenByAnalyst: HiddenCounts;
  /** Actor ids of the view that name no actor (or a deleted one). */
  missing: string[];
  /** Set when the view is the overview. */
  overview: OverviewSummary | null;
  /** The actors left out of a view whose claims are past what one picture reads (lib/view-budget.ts). */
  cut: ViewCut | null;
  /** The time bar's counts (lib/timebar.ts): the view's claims with every filter applied but the dates. */
  timeline: ViewTimeline;
  /** What the picture draws that changed since the view's `since`, by canvas id; null when the view asks for none. */
  changes: ChangeMarks | null;
}

/** `GET /api/lines?line=&<view>`: one line of a view and a page of the claims it holds, newest first. */
export interface LineClaims {
  line: ViewLine;
  ends: { id: string; name: string; kind: ActorKind }[];
  total: number;
  page: number;
  pageCount: number;
  claims: LineClaim[];
}

export type LineClaim =
  | { kind: 'tie'; tie: GraphTie; citations: CitationDetails[] }
  | { kind: 'meeting'; meeting: GraphMeeting; citations: CitationDetails[] };

export interface ActorSearchHit {
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166 alpha-3, where it applies: a state's own code is what an actor form offers for its name. */
  country: string | null;
  /** The alias that matched, when the query matched an alias rather than the name. */
  matchedAlias: string | null;
  score: number;
}

/** A step between two actors: a typed tie, or a meeting both took part in. */
export const MEETING_CONNECTION = 'MEETING' as const;
export type ConnectionKind = TieType | typeof MEETING_CONNECTION;

/** `GET /api/view?actors=a,b`: the actors asked for that exist, the ties among them, and the meetings at least two of them attended. */
export interface ViewGraph extends GraphData {
  /** Ids asked for that name no actor (or a deleted one), so the page can say what it dropped. */
  missing: string[];
  /** What a view read within a claim budget left out (lib/view-budget.ts); null when it holds every actor asked for. */
  cut: ViewCut | null;
}

export interface ActorDetails extends GraphActor {
  /** What an edit must send back, so that a save over a newer one is refused. */
  version: number;
  description: string;
  country: string | null;
  wikidataId: string | null;
}

/** One tie of an actor, seen from that actor. */
export interface ActorTie {
  id: string;
  type: TieType;
  family: TieFamily;
  /** `out`: the actor is the subject; `in`: the object. */
  direction: 'out' | 'in';
  /** As on GraphTie: the CAMEO code an imported tie reads by. */
  cameoCode: string | null;
  other: { id: string; name: string; kind: ActorKind };
  since: string | null;
  until: string | null;
  confidence: Confidence;
  citationCount: number;
}

export interface ActorMeeting {
  id: string;
  title: string;
  kind: MeetingKind;
  date: string | null;
  role: ParticipantRole;
  participantCount: number;
}

/** `GET /api/actors/:id`. Ties sorted by type then date; meetings in date order, undated last. */
/** How many ties and how many meetings an actor's page lists at most; the counts say how many there are. */
export const ACTOR_PROFILE_LIST_LIMIT = 200;

export interface ActorProfile {
  actor: ActorDetails;
  /** The first ACTOR_PROFILE_LIST_LIMIT, by type then date. */
  ties: ActorTie[];
  tieCount: number;
  /** The first ACTOR_PROFILE_LIST_LIMIT, by date. */
  meetings: ActorMeeting[];
  meetingCount: number;
}

/** `GET /api/actors/:id/neighbours/preview?hops=1|2`: what expanding would add, before adding it. */
export interface ExpandPreview {
  actorId: string;
  hops: 1 | 2;
  /** Distinct actors within `hops` steps of any kind, the actor itself excluded. */
  total: number;
  /** Per kind of step met on the way: distinct actors reached by a path through that kind (one may count under several). */
  byConnection: { connection: ConnectionKind; count: number }[];
  /** True when the counts are estimated from samples of the best-connected actors' ties (lib/reach.ts): say "about". */
  estimated: boolean;
}

/** `GET /api/actors/:id/neighbours?hops=&connections=&limit=`: neighbour ids, best-connected first. */
export interface Neighbourhood {
  actorId: string;
  hops: 1 | 2;
  actorIds: string[];
  /** How many there are in all; more than `actorIds.length` when the limit cut the list. */
  total: number;
  truncated: boolean;
  /** True when `total` is estimated from samples of the best-connected actors' ties, and `actorIds` the best-connected of those read. */
  estimated: boolean;
}

export type SourceSummary = Source;

export interface CitationDetails {
  quote: string;
  credibility: number;
  source: SourceSummary;
}

/** `GET /api/ties/:id`. */
export interface TieDetails {
  /** What an edit must send back, so that a save over a newer one is refused. */
  version: number;
  tie: GraphTie;
  subject: { id: string; name: string; kind: ActorKind };
  object: { id: string; name: string; kind: ActorKind };
  summary: string;
  citations: CitationDetails[];
  /** Other claims about the same two actors (either direction), e.g. ALLIED_WITH beside ATTACKS. */
  samePair: GraphTie[];
}

/** `GET /api/meetings/:id`. */
export interface MeetingDetails {
  /** What an edit must send back, so that a save over a newer one is refused. */
  version: number;
  meeting: GraphMeeting;
  location: string | null;
  summary: string;
  participants: { actorId: string; name: string; kind: ActorKind; role: ParticipantRole }[];
  citations: CitationDetails[];
}

/** One entry of the meetings timeline. */
export interface MeetingListItem {
  id: string;
  title: string;
  kind: MeetingKind;
  date: string | null;
  location: string | null;
  participants: { actorId: string; name: string; role: ParticipantRole }[];
  citationCount: number;
}

/** `GET /api/meetings?participant=&from=&to=`: dated meetings in date order, undated ones apart. */
export interface MeetingTimeline {
  dated: MeetingListItem[];
  undated: MeetingListItem[];
}

/** One step of a path: from one actor to the next through a tie or a meeting, with what backs it. */
export type PathStep =
  | { from: string; to: string; via: 'tie'; tie: GraphTie; citations: CitationDetails[] }
  | { from: string; to: string; via: 'meeting'; meeting: GraphMeeting; citations: CitationDetails[] };

/** `GET /api/paths?from=&to=`: shortest paths first; the actors on them by id, for names. */
export interface PathResult {
  from: string;
  to: string;
  paths: { steps: PathStep[] }[];
  actors: GraphActor[];
  /**
   * Null when the answer is complete: the first `limit` of all paths of up to `maxHops` steps, shortest first (or
   * all there are). Otherwise the search stopped at its budget before following every tie of the best-connected
   * actors: every path of up to `completeUpTo` steps is listed, and longer ones than that may exist unlisted.
   */
  partial: { completeUpTo: number } | null;
}
