import { dateInterval } from './dates';
import type { GraphData, GraphMeeting, GraphTie } from './graph';
import type { Reliability } from './schemas/common';
import { elementRef, type ElementRef } from './element-refs';
import type { ViewFilters } from './view-state';

export interface HiddenCounts {
  actors: number;
  ties: number;
  meetings: number;
}

export interface FilteredView {
  visible: GraphData;
  /** What the filters hide (the analyst's own hidden elements are counted apart). */
  hiddenByFilters: HiddenCounts;
  hiddenByAnalyst: HiddenCounts;
}

/** Whether a claim dated [since, until] (either may be open) overlaps the filter's [from, to]. */
function inDateRange(since: string | null, until: string | null, filters: ViewFilters): boolean {
  if (!since && !until) return filters.undated;
  if (!filters.from && !filters.to) return true;
  const claimStart = since ? dateInterval(since).start : '0000-01-01';
  const claimEnd = until ? dateInterval(until).end : '9999-12-31';
  const rangeStart = filters.from ? dateInterval(filters.from).start : '0000-01-01';
  const rangeEnd = filters.to ? dateInterval(filters.to).end : '9999-12-31';
  return claimStart <= rangeEnd && claimEnd >= rangeStart;
}

/** A before B in the Admiralty scale means more reliable; an ungraded claim passes only when no grade is asked. */
function reliableEnough(best: Reliability | null, minimum: Reliability | null): boolean {
  return minimum === null || (best !== null && best <= minimum);
}

function tiePasses(tie: GraphTie, filters: ViewFilters): boolean {
  return (
    (filters.types === null || filters.types.includes(tie.type)) &&
    inDateRange(tie.since, tie.until, filters) &&
    reliableEnough(tie.bestReliability, filters.minReliability)
  );
}

function meetingPasses(meeting: GraphMeeting, filters: ViewFilters): boolean {
  return inDateRange(meeting.date, meeting.date, filters) && reliableEnough(meeting.bestReliability, filters.minReliability);
}

/**
 * What the canvas and the table show of a view: the analyst's hidden elements and the filters taken out, ties
 * and meetings left only where their actors are still shown. Counts say what each took out.
 */
export function applyFilters(graph: GraphData, filters: ViewFilters, hidden: readonly ElementRef[]): FilteredView {
  const hiddenRefs = new Set<string>(hidden);
  const byAnalyst: HiddenCounts = { actors: 0, ties: 0, meetings: 0 };
  const byFilters: HiddenCounts = { actors: 0, ties: 0, meetings: 0 };

  const actors = graph.actors.filter((actor) => {
    if (hiddenRefs.has(elementRef.actor(actor.id))) {
      byAnalyst.actors++;
      return false;
    }
    if (filters.kinds !== null && !filters.kinds.includes(actor.kind)) {
      byFilters.actors++;
      return false;
    }
    return true;
  });
  const shown = new Set(actors.map((actor) => actor.id));

  const ties = graph.ties.filter((tie) => {
    if (hiddenRefs.has(elementRef.tie(tie.id))) {
      byAnalyst.ties++;
      return false;
    }
    if (!shown.has(tie.subjectId) || !shown.has(tie.objectId) || !tiePasses(tie, filters)) {
      byFilters.ties++;
      return false;
    }
    return true;
  });

  const meetings: GraphMeeting[] = [];
  for (const meeting of graph.meetings) {
    if (hiddenRefs.has(elementRef.meeting(meeting.id))) {
      byAnalyst.meetings++;
      continue;
    }
    const participants = meeting.participants.filter((participant) => shown.has(participant.actorId));
    if (participants.length < 2 || !meetingPasses(meeting, filters)) {
      byFilters.meetings++;
      continue;
    }
    meetings.push(participants.length === meeting.participants.length ? meeting : { ...meeting, participants });
  }

  return { visible: { actors, ties, meetings }, hiddenByFilters: byFilters, hiddenByAnalyst: byAnalyst };
}

export function countHidden(counts: HiddenCounts): number {
  return counts.actors + counts.ties + counts.meetings;
}
