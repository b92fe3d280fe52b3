import { describe, expect, it } from 'vitest';
import { noPathMessage, partialPathsNote } from './path-notes';

const path = { steps: [] };

describe('what a path answer says it left out', () => {
  it('says nothing of a complete answer', () => {
    expect(partialPathsNote({ paths: [path], partial: null }, 6)).toBeNull();
    expect(noPathMessage({ partial: null }, 6, 'A and B')).toBe('No path of up to 6 steps between A and B.');
  });

  it('says up to how many steps the paths listed are all there are, and which longer ones may exist', () => {
    expect(partialPathsNote({ paths: [path], partial: { completeUpTo: 2 } }, 6)).toBe(
      'Every path of up to 2 steps is listed. The search stopped at its budget before following every tie of the best-connected actors: other paths of 3 to 6 steps may exist.',
    );
    expect(partialPathsNote({ paths: [path], partial: { completeUpTo: 5 } }, 6)).toMatch(/other paths of 6 steps may exist\.$/);
    expect(partialPathsNote({ paths: [path], partial: { completeUpTo: 0 } }, 6)).toMatch(/: other paths of up to 6 steps may exist\.$/);
  });

  it('when none was found, says up to how many steps there is none, and that a longer one may exist', () => {
    expect(noPathMessage({ partial: { completeUpTo: 1 } }, 6, 'A and B')).toBe('No path of up to 1 step between A and B.');
    expect(partialPathsNote({ paths: [], partial: { completeUpTo: 1 } }, 6)).toBe(
      'The search stopped at its budget before following every tie of the best-connected actors: a path of 2 to 6 steps may exist.',
    );
    expect(noPathMessage({ partial: { completeUpTo: 0 } }, 6, 'A and B')).toBe('No path found between A and B.');
  });
});
