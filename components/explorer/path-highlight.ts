import { lineIdOfMeetingPair, lineIdOfTie } from '@/lib/fold';
import type { PathStep, ViewPicture } from '@/lib/graph';
import { elementRef, participationId } from '@/lib/element-refs';

/**
 * The canvas ids of every actor, line, meeting and participation a path goes through, as the view draws them:
 * a tie is the line it is folded into (or its own line when drawn apart), a meeting its node when it is one, or
 * the line of the two actors it links.
 */
export function pathElementIds(steps: readonly PathStep[], picture: Pick<ViewPicture, 'fold'>, drawn: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  const firstDrawn = (...candidates: string[]) => {
    const found = candidates.find((candidate) => drawn.has(candidate));
    if (found) ids.add(found);
  };
  for (const step of steps) {
    ids.add(elementRef.actor(step.from));
    ids.add(elementRef.actor(step.to));
    if (step.via === 'tie') {
      firstDrawn(elementRef.tie(step.tie.id), ...(picture.fold === 'claims' ? [] : [lineIdOfTie(step.tie, picture.fold)]));
    } else if (drawn.has(elementRef.meeting(step.meeting.id))) {
      ids.add(elementRef.meeting(step.meeting.id));
      ids.add(participationId(step.meeting.id, step.from));
      ids.add(participationId(step.meeting.id, step.to));
    } else {
      firstDrawn(elementRef.meeting(step.meeting.id), lineIdOfMeetingPair(step.from, step.to));
    }
  }
  return ids;
}

export function pathActorIds(steps: readonly PathStep[]): string[] {
  return [...new Set(steps.flatMap((step) => [step.from, step.to]))];
}
