import { describe, expect, it } from 'vitest';
import { describeActorDeletion } from './deletion';

const call = { id: 'call', title: 'Fidan–Haniyeh call' };
const rounds = [
  { id: 'cairo', title: 'Cairo round' },
  { id: 'doha', title: 'Doha round' },
];

describe('describeActorDeletion', () => {
  it('names the meetings deleted and those the actor only leaves', () => {
    expect(describeActorDeletion('Hakan Fidan', { ties: [], meetingsDeleted: [call], meetingsLeft: rounds })).toBe(
      'Deleting Hakan Fidan also deletes 1 meeting left with fewer than two participants (“Fidan–Haniyeh call”), ' +
        'and removes them from 2 meetings that keep others (“Cairo round”, “Doha round”).',
    );
  });

  it('names ties, and cuts long lists short', () => {
    const ties = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: `Tie ${id}` }));
    expect(describeActorDeletion('MİT', { ties: ties, meetingsDeleted: [], meetingsLeft: [] })).toBe(
      'Deleting MİT also deletes 5 ties (“Tie a”, “Tie b”, “Tie c” and 2 more).',
    );
    expect(describeActorDeletion('MİT', { ties: ties.slice(0, 1), meetingsDeleted: [call], meetingsLeft: [] })).toBe(
      'Deleting MİT also deletes 1 tie (“Tie a”) and 1 meeting left with fewer than two participants (“Fidan–Haniyeh call”).',
    );
  });

  it('says only what changes, and nothing when the actor stands alone', () => {
    expect(describeActorDeletion('Qatar', { ties: [], meetingsDeleted: [], meetingsLeft: rounds.slice(1) })).toBe(
      'Deleting Qatar removes them from 1 meeting that keeps others (“Doha round”).',
    );
    expect(describeActorDeletion('Lonely', { ties: [], meetingsDeleted: [], meetingsLeft: [] })).toBeNull();
  });
});
