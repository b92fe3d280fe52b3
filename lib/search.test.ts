import { describe, expect, it } from 'vitest';
import { actorNameQuery, closestSpelling, editDistance, foldName, searchTerms, similarNamesQuery } from './search';

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

describe('similarNamesQuery', () => {
  it('matches each spelling word by word, exactly, as a prefix or within a few letters', () => {
    expect(similarNamesQuery(['Haniye'])).toBe('((haniye OR haniye* OR haniye~1))');
    expect(similarNamesQuery(['Ismail Haniyeh', 'MİT'])).toBe(
      '((ismail OR ismail* OR ismail~1) AND (haniyeh OR haniyeh* OR haniyeh~2)) OR ((mit OR mit*))',
    );
  });

  it('lets no Lucene syntax through, and is null with nothing searchable', () => {
    // Operators are upper-case in Lucene; folded to lower case they are plain words.
    expect(similarNamesQuery(['*:* OR x~9'])).toBe('(or AND x AND 9)');
    expect(similarNamesQuery(['', '  ?? '])).toBeNull();
  });
});

describe('closestSpelling', () => {
  it('picks the spelling of an actor that looks most like one typed', () => {
    expect(closestSpelling(['Hanieh'], ['Ismail Haniyeh', 'Haniye', 'Hanieh'])).toBe('Hanieh');
    expect(closestSpelling(['ismail haniya'], ['Ismail Haniyeh', 'Haniye'])).toBe('Ismail Haniyeh');
  });

  it('measures edits', () => {
    expect(editDistance('haniye', 'haniyeh')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
