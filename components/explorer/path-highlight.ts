import type { PathStep } from '@/lib/graph';
import { elementId } from '../graph/elements';

/** The canvas ids of every actor, tie, meeting and participation a path goes through. */
export function pathElementIds(steps: readonly PathStep[]): Set<string> {
  const ids = new Set<string>();
  for (const step of steps) {
    ids.add(elementId.actor(step.from));
    ids.add(elementId.actor(step.to));
    if (step.via === 'tie') {
      ids.add(elementId.tie(step.tie.id));
    } else {
      ids.add(elementId.meeting(step.meeting.id));
      ids.add(elementId.participation(step.meeting.id, step.from));
      ids.add(elementId.participation(step.meeting.id, step.to));
    }
  }
  return ids;
}

export function pathActorIds(steps: readonly PathStep[]): string[] {
  return [...new Set(steps.flatMap((step) => [step.from, step.to]))];
}
