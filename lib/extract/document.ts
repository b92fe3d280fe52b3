import { PhraseMatcher } from './phrases';
import { splitSentences, type TextSpan } from './sentences';
import { tokenize, type Token } from './tokens';

/** A pasted report read once: its words, and its sentences as ranges of words, which the later steps share. */
export interface ReadDocument {
  text: string;
  tokens: Token[];
  sentences: SentenceRange[];
}

/** A sentence: its characters, and its words as `tokens[first]` to `tokens[end - 1]`. */
export interface SentenceRange extends TextSpan {
  first: number;
  end: number;
  /** Its characters' end (`end` above is a word index). */
  textEnd: number;
}

export function readDocument(text: string, language: string | null): ReadDocument {
  const tokens = tokenize(text);
  let next = 0;
  const sentences = splitSentences(text, language).map((span) => {
    while (next < tokens.length && tokens[next]!.start < span.start) next += 1;
    const first = next;
    while (next < tokens.length && tokens[next]!.end <= span.end) next += 1;
    return { start: span.start, textEnd: span.end, first, end: next };
  });
  return { text, tokens, sentences };
}

/** The characters between word `index - 1` and word `index` (from the text's start for the first word). */
export function gapBefore(document: ReadDocument, index: number): string {
  const previousEnd = index === 0 ? 0 : document.tokens[index - 1]!.end;
  return document.text.slice(previousEnd, document.tokens[index]?.start ?? document.text.length);
}

/** A gap within a name or a phrase: spaces, an apostrophe or a hyphen, but no comma, colon or quotation mark. */
export function isPlainGap(gap: string): boolean {
  return /^[\s'’‘\-‐‑]*$/u.test(gap);
}

/** A set of short phrases (articles, link words), answering where the one at a word ends. */
export class WordSet {
  private readonly matcher = new PhraseMatcher<true>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) this.matcher.add(phrase, true);
  }

  /** The index after the longest phrase starting at `index`, or `index` when none starts there. */
  endAt(tokens: readonly Token[], index: number, limit = tokens.length): number {
    return this.matcher.matchesAt(tokens, index, limit)[0]?.end ?? index;
  }

  /** The index where the longest phrase ending just before `index` starts, or `index` when none ends there. */
  startBefore(tokens: readonly Token[], index: number, floor = 0): number {
    for (let start = Math.max(floor, index - 4); start < index; start += 1) {
      if (this.matcher.matchesAt(tokens, start, index).some((match) => match.end === index)) return start;
    }
    return index;
  }

  has(tokens: readonly Token[], index: number): boolean {
    return this.endAt(tokens, index) > index;
  }
}
