/** A span of the original text, in UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The sentences of a text, with `Intl.Segmenter` (ICU's rules for the language; no dependency), trimmed of the
 * spaces around them. A piece with no letter or digit (the closing » that ICU leaves on its own after a quoted
 * sentence) belongs to the sentence before it.
 */
export function splitSentences(text: string, language: string | null): TextSpan[] {
  const segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'sentence' });
  const sentences: TextSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const span = { start: index + leading, end: index + leading + trimmed.length };
    const previous = sentences.at(-1);
    if (previous && !/[\p{L}\p{N}]/u.test(trimmed) && !text.slice(previous.end, span.start).includes('\n')) previous.end = span.end;
    else sentences.push(span);
  }
  return sentences;
}
