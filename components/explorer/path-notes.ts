import type { PathResult } from '@/lib/graph';
import { plural } from '@/lib/words';

const steps = (count: number) => plural(count, 'step');

/**
 * What a partial answer may leave out, said in the panel (null when the answer is complete): the search follows
 * the best-connected actors' thousands of ties last, and stops at its budget, so longer paths than those it
 * searched in full may exist.
 */
export function partialPathsNote(result: Pick<PathResult, 'paths' | 'partial'>, maxSteps: number): string | null {
  if (!result.partial) return null;
  const { completeUpTo } = result.partial;
  const stopped = 'The search stopped at its budget before following every tie of the best-connected actors';
  const beyond = completeUpTo + 1 === maxSteps ? `of ${steps(maxSteps)}` : `of ${completeUpTo + 1} to ${maxSteps} steps`;
  if (result.paths.length === 0) return `${stopped}: a path ${beyond} may exist.`;
  if (completeUpTo === 0) return `${stopped}: other paths of up to ${steps(maxSteps)} may exist.`;
  return `Every path of up to ${steps(completeUpTo)} is listed. ${stopped}: other paths ${beyond} may exist.`;
}

/** The message when no path is listed: up to how many steps none exists. */
export function noPathMessage(result: Pick<PathResult, 'partial'>, maxSteps: number, between: string): string {
  const searched = result.partial ? result.partial.completeUpTo : maxSteps;
  return searched === 0 ? `No path found between ${between}.` : `No path of up to ${steps(searched)} between ${between}.`;
}
