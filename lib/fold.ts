import { elementRef, orderedPair } from './element-refs';
import type { GraphActor, GraphData, GraphMeeting, GraphTie } from './graph';
import type { Reliability } from './schemas/common';
import { MEETING_KIND_LABELS } from './schemas/meeting';
import { FAMILY_LABELS, TIE_TYPES, type TieFamily, type TieType } from './taxonomy';

/**
 * Folding: what the canvas draws of the claims a view holds. Event data holds dozens of claims per pair (37 attacks
 * between two actors, 12 meetings); drawn one by one they fan out into unreadable ellipses. Folded, all claims of
 * one type and direction between two actors are one line "attacks ×37" (or, denser, one line per family between
 * them), and meetings of which only two participants are in view one line "met ×12"; a meeting of three or more
 * actors in view stays a node. Pure, so that the server (views, the overview, a line's claims) and the snapshot
 * page fold alike.
 */

export const FOLD_MODES = ['claims', 'type', 'family'] as const;
/** `claims`: every claim drawn apart; `type`: one line per pair, type and direction; `family`: one per pair and family. */
export type FoldMode = (typeof FOLD_MODES)[number];

export const FOLD_MODE_LABELS: Record<FoldMode, string> = { claims: 'Every claim', type: 'By type', family: 'By family' };
export const FOLD_MODE_MEANINGS: Record<FoldMode, string> = {
  claims: 'One line per claim, one node per meeting',
  type: 'One line per pair, type and direction; meetings of two as one line',
  family: 'One line per pair and family (structure, cooperation, conflict)',
};

/** Above this many lines by type, a view the analyst did not choose a fold for is folded by family. */
export const DENSE_VIEW_LINES = 120;

/** How many claim ids a line carries for a first look; the rest come a page at a time (`/api/lines`). */
export const LINE_SAMPLE = 5;

/**
 * One drawn line. Its id is an element ref: a line that holds a single claim is that claim (`tie:<id>`,
 * `meeting:<id>`), so that selecting it opens the claim itself; a folded one is `ties:<s>~<o>~<TYPE>`,
 * `family:<a>~<b>~<family>` or `met:<a>~<b>` (a before b), stable across reloads and shareable.
 */
export interface ViewLine {
  id: string;
  kind: 'ties' | 'family' | 'met';
  sourceId: string;
  targetId: string;
  /** The type of a `ties` line. */
  type: TieType | null;
  /** The family of a `ties` or `family` line; null for meetings. */
  family: TieFamily | null;
  /** A family line whose claims run both ways (drawn with an arrow at each end). */
  bothWays: boolean;
  count: number;
  /** The span of the claims' dates; null ends when none is dated. */
  since: string | null;
  until: string | null;
  /** The strongest Admiralty grade among the claims' sources. */
  bestReliability: Reliability | null;
  /** The first claims, newest first (LINE_SAMPLE of them in answers; all of them inside the server). */
  claimIds: string[];
  /** Meeting kinds of a `met` line, most frequent first. */
  meetingKinds: GraphMeeting['kind'][];
  /** The meeting's title, when a `met` line holds one meeting. */
  title: string | null;
}

export interface FoldedActor extends GraphActor {
  /** Lines and meeting nodes it is drawn with: its importance in this view, for labels and size. */
  degree: number;
}

export interface FoldedGraph {
  actors: FoldedActor[];
  lines: ViewLine[];
  /** Meetings drawn as nodes: three or more participants in view (all meetings when every claim is drawn). */
  meetings: GraphMeeting[];
  fold: FoldMode;
}

/** The id of the line that draws this tie under `mode`. */
export function lineIdOfTie(tie: Pick<GraphTie, 'subjectId' | 'objectId' | 'type' | 'family'>, mode: Exclude<FoldMode, 'claims'>): string {
  return mode === 'type' ? elementRef.ties(tie.subjectId, tie.objectId, tie.type) : elementRef.family(tie.subjectId, tie.objectId, tie.family);
}

/** The id of the line that draws the meetings two actors (and no third in view) attended. */
export function lineIdOfMeetingPair(first: string, second: string): string {
  return elementRef.met(first, second);
}

/** The mode a view is drawn in: the analyst's choice, or by type unless that is too dense to read. */
export function effectiveFold(chosen: FoldMode | null, linesByType: number): FoldMode {
  return chosen ?? (linesByType > DENSE_VIEW_LINES ? 'family' : 'type');
}

interface Accumulator {
  line: ViewLine;
  claims: { id: string; latest: string | null }[];
  sourceToTarget: boolean;
  targetToSource: boolean;
  kinds: Map<GraphMeeting['kind'], number>;
}

function earlier(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}
function later(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}
function stronger(a: Reliability | null, b: Reliability | null): Reliability | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

/** Newest first, undated last, then by id so that the order is stable. */
function byRecency(a: { id: string; latest: string | null }, b: { id: string; latest: string | null }): number {
  if (a.latest !== b.latest) {
    if (a.latest === null) return 1;
    if (b.latest === null) return -1;
    return a.latest < b.latest ? 1 : -1;
  }
  return a.id < b.id ? -1 : 1;
}

class LineBuilder {
  private readonly lines = new Map<string, Accumulator>();

  add(
    id: string,
    shape: Pick<ViewLine, 'kind' | 'sourceId' | 'targetId' | 'type' | 'family'>,
    claim: { id: string; since: string | null; until: string | null; bestReliability: Reliability | null; forward: boolean },
    meeting?: Pick<GraphMeeting, 'kind' | 'title'>,
  ): void {
    let entry = this.lines.get(id);
    if (!entry) {
      entry = {
        line: { id, ...shape, bothWays: false, count: 0, since: null, until: null, bestReliability: null, claimIds: [], meetingKinds: [], title: null },
        claims: [],
        sourceToTarget: false,
        targetToSource: false,
        kinds: new Map(),
      };
      this.lines.set(id, entry);
    }
    const { line } = entry;
    line.count += 1;
    line.since = earlier(line.since, claim.since ?? claim.until);
    line.until = later(line.until, claim.until ?? claim.since);
    line.bestReliability = stronger(line.bestReliability, claim.bestReliability);
    entry.claims.push({ id: claim.id, latest: claim.until ?? claim.since });
    if (claim.forward) entry.sourceToTarget = true;
    else entry.targetToSource = true;
    if (meeting) {
      entry.kinds.set(meeting.kind, (entry.kinds.get(meeting.kind) ?? 0) + 1);
      line.title = line.count === 1 ? meeting.title : null;
    }
  }

  build(singleClaimRef: (lineKind: ViewLine['kind'], claimId: string) => string): ViewLine[] {
    return [...this.lines.values()].map(({ line, claims, sourceToTarget, targetToSource, kinds }) => {
      const ordered = claims.sort(byRecency).map((claim) => claim.id);
      const flipped = !sourceToTarget && targetToSource;
      return {
        ...line,
        // A family line drawn from its first actor whose claims all run the other way points the way they run.
        sourceId: flipped ? line.targetId : line.sourceId,
        targetId: flipped ? line.sourceId : line.targetId,
        id: line.count === 1 ? singleClaimRef(line.kind, ordered[0]!) : line.id,
        bothWays: line.kind === 'family' && sourceToTarget && targetToSource,
        claimIds: ordered,
        meetingKinds: [...kinds].sort((a, b) => b[1] - a[1]).map(([kind]) => kind),
      };
    });
  }
}

function foldTies(ties: GraphTie[], mode: Exclude<FoldMode, 'claims'>, builder: LineBuilder): void {
  for (const tie of ties) {
    const id = lineIdOfTie(tie, mode);
    const [a, b] = orderedPair(tie.subjectId, tie.objectId);
    const shape =
      mode === 'type'
        ? { kind: 'ties' as const, sourceId: tie.subjectId, targetId: tie.objectId, type: tie.type, family: tie.family }
        : { kind: 'family' as const, sourceId: a, targetId: b, type: null, family: tie.family };
    builder.add(id, shape, { ...tie, forward: mode === 'type' || tie.subjectId === a });
  }
}

/**
 * Folds a view's claims (filters already applied: counts are what the filters let through) into what is drawn,
 * in `mode`, or — when `mode` is null — by type unless that makes more than DENSE_VIEW_LINES lines.
 */
export function foldGraph(graph: GraphData, mode: FoldMode | null): FoldedGraph {
  const byType = mode === null || mode === 'type' ? foldOnce(graph, 'type') : null;
  const fold = effectiveFold(mode, byType ? byType.lines.length : 0);
  const { lines, meetings } = fold === 'type' && byType ? byType : foldOnce(graph, fold);
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const line of lines) {
    bump(line.sourceId);
    bump(line.targetId);
  }
  for (const meeting of meetings) for (const participant of meeting.participants) bump(participant.actorId);
  return { actors: graph.actors.map((actor) => ({ ...actor, degree: degree.get(actor.id) ?? 0 })), lines, meetings, fold };
}

function foldOnce(graph: GraphData, mode: FoldMode): Pick<FoldedGraph, 'lines' | 'meetings'> {
  if (mode === 'claims') {
    return {
      lines: graph.ties.map((tie) => ({
        id: elementRef.tie(tie.id),
        kind: 'ties',
        sourceId: tie.subjectId,
        targetId: tie.objectId,
        type: tie.type,
        family: tie.family,
        bothWays: false,
        count: 1,
        since: tie.since,
        until: tie.until,
        bestReliability: tie.bestReliability,
        claimIds: [tie.id],
        meetingKinds: [],
        title: null,
      })),
      meetings: graph.meetings,
    };
  }
  const builder = new LineBuilder();
  foldTies(graph.ties, mode, builder);
  const meetings: GraphMeeting[] = [];
  for (const meeting of graph.meetings) {
    if (meeting.participants.length !== 2) {
      meetings.push(meeting);
      continue;
    }
    const [first, second] = meeting.participants.map((participant) => participant.actorId) as [string, string];
    const [a, b] = orderedPair(first, second);
    builder.add(
      lineIdOfMeetingPair(a, b),
      { kind: 'met', sourceId: a, targetId: b, type: null, family: null },
      { id: meeting.id, since: meeting.date, until: meeting.date, bestReliability: meeting.bestReliability, forward: true },
      meeting,
    );
  }
  const lines = builder.build((kind, claimId) => (kind === 'met' ? elementRef.meeting(claimId) : elementRef.tie(claimId)));
  return { lines, meetings };
}

/** A line as an answer carries it: its first claims only. */
export function sampleLine(line: ViewLine): ViewLine {
  return line.claimIds.length <= LINE_SAMPLE ? line : { ...line, claimIds: line.claimIds.slice(0, LINE_SAMPLE) };
}

/** What a line says on the canvas: "attacks ×37", "conflict ×12", "met ×4", "phone call". */
export function describeLine(line: Pick<ViewLine, 'kind' | 'type' | 'family' | 'count' | 'meetingKinds'>): string {
  const times = line.count > 1 ? ` ×${line.count}` : '';
  if (line.kind === 'ties' && line.type) return `${TIE_TYPES[line.type].verb}${times}`;
  if (line.kind === 'family' && line.family) return `${FAMILY_LABELS[line.family].toLowerCase()}${times}`;
  if (line.count === 1 && line.meetingKinds[0]) return MEETING_KIND_LABELS[line.meetingKinds[0]].toLowerCase();
  return `met${times}`;
}

/**
 * A line said as a sentence, for tables and Details: "Israel attacks Hamas ×25", "Hamas and Israel: conflict ×5",
 * "İbrahim Kalın and Ismail Haniyeh met ×2", or one meeting's title.
 */
export function lineSentence(line: ViewLine, name: (actorId: string) => string): string {
  const times = line.count > 1 ? ` ×${line.count}` : '';
  if (line.kind === 'ties' && line.type) return `${name(line.sourceId)} ${TIE_TYPES[line.type].verb} ${name(line.targetId)}${times}`;
  if (line.kind === 'family') {
    const arrow = line.bothWays ? '↔' : '→';
    return `${name(line.sourceId)} ${arrow} ${name(line.targetId)}: ${describeLine(line)}`;
  }
  return line.title ?? `${name(line.sourceId)} and ${name(line.targetId)} met${times}`;
}
