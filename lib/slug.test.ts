import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, firstFreeId, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['İbrahim Kalın', 'ibrahim-kalin'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['  Straße & Œuvre  ', 'strasse-oeuvre'],
    ["'}) MATCH (n) DETACH DELETE n //", 'match-n-detach-delete-n'],
    ['حماس', ''],
  ])('makes %s into "%s"', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps ids short enough for a suffix, ending on a whole word', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('firstFreeId', () => {
  it('adds the first free numeric suffix', () => {
    expect(firstFreeId('mit', new Set())).toBe('mit');
    expect(firstFreeId('mit', new Set(['mit', 'mit-2', 'mit-part-of-turkey']))).toBe('mit-3');
  });
});
