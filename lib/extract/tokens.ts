import { foldName } from '../search';

/**
 * The words of a pasted report, each with its place in the original text. Names, cues and titles are matched as
 * sequences of folded words, so that folding never moves an offset: "MİT" folds to "mit" (one letter shorter once
 * the dot above is dropped), but its word still starts and ends where the text has it. Punctuation between words
 * is kept as the gap before each word, which the frames read (a comma, an opening guillemet, a colon).
 */
export interface Token {
  /** Offsets into the original text, in UTF-16 code units as JavaScript strings count them. */
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** The word folded as search folds names: accents, case and dotted capitals gone ("İsmail" -> "ismail"). */
  key: string;
  /** Written in capitals (two letters or more, or a single capital), as acronyms are: MİT, US, ABD. */
  caps: boolean;
  /** Begins with a capital letter. */
  capitalised: boolean;
}

// Runs of letters, combining marks and digits in any script: "l'Égypte" is two words, "Hamas'ın" too (the
// apostrophe that Turkish puts before a proper noun's suffix), and "États-Unis" is "États" and "Unis".
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Scripts written without spaces: Chinese and Japanese characters are one word each (as the search index reads
// them), Thai, Lao, Khmer and Burmese are cut with the browser's and Node's own dictionary (Intl.Segmenter).
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    for (const [start, end] of splitUnspaced(match[0], match.index)) tokens.push(tokenAt(text, start, end));
  }
  return tokens;
}

function splitUnspaced(word: string, offset: number): [number, number][] {
  if (!IDEOGRAPH.test(word) && !UNSPACED.test(word)) return [[offset, offset + word.length]];
  const pieces: [number, number][] = [];
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const { segment, index } of segmenter.segment(word)) {
    if (!IDEOGRAPH.test(segment)) {
      pieces.push([offset + index, offset + index + segment.length]);
      continue;
    }
    // One token per ideograph (a code point may take two code units).
    let at = offset + index;
    for (const character of segment) {
      pieces.push([at, at + character.length]);
      at += character.length;
    }
  }
  return pieces;
}

function tokenAt(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  const cased = [...word].filter((character) => CASED_LETTER.test(character));
  const caps = cased.length > 0 && cased.every((character) => character === character.toUpperCase() && character !== character.toLowerCase());
  const first = cased[0];
  return {
    start,
    end,
    text: word,
    key: foldName(word),
    caps,
    capitalised: first !== undefined && word.startsWith(first) && first !== first.toLowerCase(),
  };
}

/** The words of a name, cue or title as the matcher compares them. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.key);
}

/** Whether a name is written in capitals, as an acronym: such a name only matches words written in capitals ("US", not "us"). */
export function isAcronym(name: string): boolean {
  const tokens = tokenize(name);
  return tokens.length > 0 && tokens.every((token) => token.caps) && tokens.some((token) => token.text.length > 1 || tokens.length > 1);
}
