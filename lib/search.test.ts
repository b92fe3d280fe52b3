import { describe, expect, it } from 'vitest';
import { actorNameQuery, foldName, searchTerms } from './search';

describe('foldName', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['MİT', 'mit'],
    ['İbrahim Kalın', 'ibrahim kalin'],
    ['Égypte', 'egypte'],
    ['Ḥamās', 'hamas'],
  ])('folds %s to %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('leaves other scripts readable', () => {
    expect(foldName('حماس')).toBe('حماس');
  });
});

describe('actorNameQuery', () => {
  it('matches every word, whole or as a prefix', () => {
    expect(actorNameQuery('Recep Tay')).toBe('(recep^3 OR recep*) AND (tay^3 OR tay*)');
  });

  it('is null when nothing searchable is left', () => {
    expect(actorNameQuery('')).toBeNull();
    expect(actorNameQuery('  -*?"  ')).toBeNull();
  });

  it('never lets Lucene syntax through', () => {
    const query = actorNameQuery('name:x OR *:* AND "a" ~2 \\ (b) [c TO d] {e} ^f !g /re/ && || +h -i');
    expect(query).not.toBeNull();
    for (const term of searchTerms('name:x OR *:* AND "a" ~2 \\ (b) [c TO d] {e} ^f !g /re/ && || +h -i')) {
      expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    }
    // Operators can only come from the query builder itself, which writes them in upper case.
    expect(query!.replace(/\((\S+)\^3 OR \1\*\)/g, '').replace(/ AND /g, '')).toBe('');
  });

  it('keeps at most eight words', () => {
    expect(actorNameQuery('a b c d e f g h i j')!.split(' AND ')).toHaveLength(8);
  });
});
