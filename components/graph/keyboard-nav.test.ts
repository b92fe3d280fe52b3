import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './keyboard-nav';

describe('nearestInDirection', () => {
  const from = { x: 0, y: 0 };
  const around = [
    { id: 'east', x: 100, y: 10 },
    { id: 'far-east', x: 300, y: 0 },
    { id: 'north', x: -5, y: -80 },
    { id: 'south-west', x: -60, y: 70 },
  ];

  it('moves to the nearest neighbour that way on screen (y grows downwards)', () => {
    expect(nearestInDirection(from, around, 'ArrowRight')).toBe('east');
    expect(nearestInDirection(from, around, 'ArrowUp')).toBe('north');
    expect(nearestInDirection(from, around, 'ArrowDown')).toBe('south-west');
    expect(nearestInDirection(from, around, 'ArrowLeft')).toBe('south-west');
  });

  it('prefers a neighbour straight ahead to a nearer one far to the side', () => {
    const candidates = [
      { id: 'aside', x: 40, y: 60 },
      { id: 'ahead', x: 90, y: 0 },
    ];
    expect(nearestInDirection(from, candidates, 'ArrowRight')).toBe('ahead');
  });

  it('answers none when no neighbour lies that way', () => {
    expect(nearestInDirection(from, [{ id: 'east', x: 100, y: 0 }], 'ArrowLeft')).toBeNull();
    expect(nearestInDirection(from, [], 'ArrowUp')).toBeNull();
  });
});
