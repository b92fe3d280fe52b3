import { applyFilters } from './filters';
import { foldGraph, sampleLine, type ViewLine } from './fold';
import type { GraphData, OverviewSummary, ViewPicture } from './graph';
import { isLineRef } from './element-refs';
import { timelineOf } from './timebar';
import type { ViewCut } from './view-budget';
import type { ViewState } from './view-state';
import { plural } from './words';

type FoldSettings = Pick<ViewState, 'filters' | 'hidden' | 'fold'>;

/** The filters and the analyst's hidden claims first (a line's count is what they let through), then the fold, then hidden lines. */
function foldView(graph: GraphData, view: FoldSettings) {
  const { visible, hiddenByFilters, hiddenByAnalyst } = applyFilters(graph, view.filters, view.hidden);
  const folded = foldGraph(visible, view.fold);
  const hiddenLineRefs = new Set<string>(view.hidden.filter(isLineRef));
  const lines: ViewLine[] = [];
  const hiddenLines: ViewLine[] = [];
  for (const line of folded.lines) {
    if (!hiddenLineRefs.has(line.id)) {
      lines.push(line);
      continue;
    }
    hiddenLines.push(line);
    if (line.kind === 'met') hiddenByAnalyst.meetings += line.count;
    else hiddenByAnalyst.ties += line.count;
  }
  return { visible, folded, lines, hiddenLines, hiddenByFilters, hiddenByAnalyst };
}

/**
 * The claims the time bar counts: those every filter but the dates lets through. They are the claims drawn when no
 * date is filtered; otherwise filtered again without the dates, and folded again only to leave out hidden lines.
 */
function claimsOfEveryDate(graph: GraphData, view: FoldSettings, visible: GraphData, hiddenLines: ViewLine[]): GraphData {
  const { from, to, undated } = view.filters;
  if (!from && !to && undated) return withoutHiddenLines(visible, hiddenLines);
  const everyDate = { ...view, filters: { ...view.filters, from: null, to: null, undated: true } };
  return view.hidden.some(isLineRef) ? shownClaims(graph, everyDate) : applyFilters(graph, everyDate.filters, view.hidden).visible;
}

/**
 * What a view draws, from the claims it holds (lib/fold.ts). Lines keep every claim id here; answers carry a
 * sample (`samplePicture`).
 */
export function pictureOf(graph: GraphData, view: FoldSettings, extra: { missing?: string[]; overview?: OverviewSummary | null; cut?: ViewCut | null } = {}): ViewPicture {
  const { visible, folded, lines, hiddenLines, hiddenByFilters, hiddenByAnalyst } = foldView(graph, view);
  const timeline = timelineOf(claimsOfEveryDate(graph, view, visible, hiddenLines));
  return {
    ...folded,
    lines,
    chosenFold: view.fold,
    claims: {
      ties: lines.reduce((sum, line) => sum + (line.kind === 'met' ? 0 : line.count), 0),
      meetings: folded.meetings.length + lines.reduce((sum, line) => sum + (line.kind === 'met' ? line.count : 0), 0),
    },
    hiddenByFilters,
    hiddenByAnalyst,
    missing: extra.missing ?? [],
    overview: extra.overview ?? null,
    cut: extra.cut ?? null,
    timeline,
    changes: null,
  };
}

/** The claims a view shows, unfolded: what exports, snapshots and link previews hold of it. */
export function shownClaims(graph: GraphData, view: FoldSettings): GraphData {
  const { visible, hiddenLines } = foldView(graph, view);
  return withoutHiddenLines(visible, hiddenLines);
}

function withoutHiddenLines(visible: GraphData, hiddenLines: ViewLine[]): GraphData {
  if (hiddenLines.length === 0) return visible;
  const hidden = new Set(hiddenLines.flatMap((line) => line.claimIds));
  return { actors: visible.actors, ties: visible.ties.filter((tie) => !hidden.has(tie.id)), meetings: visible.meetings.filter((meeting) => !hidden.has(meeting.id)) };
}

/** The picture as an answer carries it: each line with its first claim ids only. */
export function samplePicture(picture: ViewPicture): ViewPicture {
  return { ...picture, lines: picture.lines.map(sampleLine) };
}

/** "22 actors, 48 lines (323 ties, 364 meetings)": the toolbar and the table say it alike. */
export function summarizePicture(picture: Pick<ViewPicture, 'actors' | 'lines' | 'meetings' | 'claims'>): string {
  const drawn = picture.lines.length + picture.meetings.length;
  const claims = `${plural(picture.claims.ties, 'tie', 'ties')}, ${plural(picture.claims.meetings, 'meeting', 'meetings')}`;
  const folded = drawn === picture.claims.ties + picture.claims.meetings;
  return `${plural(picture.actors.length, 'actor', 'actors')}, ${folded ? claims : `${plural(picture.lines.length, 'line', 'lines')} (${claims})`}`;
}

/** The claims of `graph` among `actorIds` only: a smaller view of the same actors. */
function restrictTo(graph: GraphData, actorIds: readonly string[]): GraphData {
  const kept = new Set(actorIds);
  return {
    actors: graph.actors.filter((actor) => kept.has(actor.id)),
    ties: graph.ties.filter((tie) => kept.has(tie.subjectId) && kept.has(tie.objectId)),
    meetings: graph.meetings.flatMap((meeting) => {
      const participants = meeting.participants.filter((participant) => kept.has(participant.actorId));
      return participants.length >= 2 ? [{ ...meeting, participants }] : [];
    }),
  };
}

/** The edges a folded picture draws: its lines, and one per participant of each meeting node. */
export function drawnEdgeCount(picture: Pick<ViewPicture, 'lines' | 'meetings'>): number {
  return picture.lines.length + picture.meetings.reduce((sum, meeting) => sum + meeting.participants.length, 0);
}

/** At most this many edges make a picture one can read ("Show only this neighbourhood" of a hub keeps under it). */
export const READABLE_EDGES = 140;

/**
 * How many of `rankedIds` (best first) one readable picture holds: the longest prefix whose view, folded as it
 * would be drawn, has at most `budget` edges — at least the first two, so that an actor and its best neighbour show.
 */
export function readablePrefix(graph: GraphData, rankedIds: readonly string[], budget = READABLE_EDGES): number {
  const edges = (count: number) => drawnEdgeCount(foldGraph(restrictTo(graph, rankedIds.slice(0, count)), null));
  let low = Math.min(2, rankedIds.length);
  let high = rankedIds.length;
  if (edges(high) <= budget) return high;
  // The edges grow with the actors: a binary search over the prefix length.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (edges(middle) <= budget) low = middle;
    else high = middle - 1;
  }
  return low;
}
