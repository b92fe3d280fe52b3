import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrases';
import { isAcronym, tokenize } from './tokens';

describe('the words of a report', () => {
  it('keep their place in the text as written while folding as search folds names', () => {
    const text = "MİT Başkanı İbrahim Kalın, Hamas'ın lideriyle l’Égypte'de";
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.key)).toEqual(['mit', 'baskani', 'ibrahim', 'kalin', 'hamas', 'in', 'lideriyle', 'l', 'egypte', 'de']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[0]).toMatchObject({ text: 'MİT', caps: true, capitalised: true });
    expect(tokens[1]).toMatchObject({ caps: false, capitalised: true });
  });

  it('take an İ written as I and a combining dot as one letter of the word, two code units wide', () => {
    const [token] = tokenize('MI\u0307T');
    expect(token).toMatchObject({ start: 0, end: 4, key: 'mit', caps: true });
  });

  it('cut Chinese into characters and Thai with the platform’s dictionary', () => {
    expect(tokenize('中国外交部').map((token) => token.text)).toEqual(['中', '国', '外', '交', '部']);
    const thai = tokenize('กระทรวงการต่างประเทศ');
    expect(thai.length).toBeGreaterThan(1);
    expect(thai.map((token) => token.text).join('')).toBe('กระทรวงการต่างประเทศ');
  });

  it('tell acronyms, which only match words in capitals', () => {
    expect(['US', 'U.S.', 'MİT', 'ABD'].map(isAcronym)).toEqual([true, true, true, true]);
    expect(['Hamas', 'A', 'حماس'].map(isAcronym)).toEqual([false, false, false]);
  });
});

describe('finding many phrases at once', () => {
  const matcher = new PhraseMatcher<string>()
    .add('Kalın', 'short')
    .add('İbrahim Kalın', 'long')
    .add('médiat*', 'stem')
    .add('a eu des réunions … avec', 'gap')
    .add('US', 'acronym');
  const found = (text: string) => {
    const tokens = tokenize(text);
    return matcher.scan(tokens).map((match) => [text.slice(tokens[match.start]!.start, tokens[match.end - 1]!.end), match.value]);
  };

  it('prefers the longest phrase at a word, then goes on after it', () => {
    expect(found('Ibrahim Kalin et Kalın')).toEqual([
      ['Ibrahim Kalin', 'long'],
      ['Kalın', 'short'],
    ]);
  });

  it('reads `word*` as any ending and `…` as up to three words', () => {
    expect(found('les médiateurs, la médiation')).toEqual([
      ['médiateurs', 'stem'],
      ['médiation', 'stem'],
    ]);
    expect(found('il a eu des réunions intenses et longues avec lui')).toEqual([['a eu des réunions intenses et longues avec', 'gap']]);
    expect(found('il a eu des réunions très intenses et longues avec lui')).toEqual([]);
  });

  it('matches an acronym only where it is written in capitals', () => {
    expect(found('they told us, the US said')).toEqual([['US', 'acronym']]);
  });
});
