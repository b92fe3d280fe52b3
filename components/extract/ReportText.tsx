'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { Cue, ExtractedMention } from '@/lib/extract/extract';
import type { TextSpan } from '@/lib/extract/sentences';
import styles from './Extract.module.css';

interface ReportTextProps {
  text: string;
  mentions: readonly ExtractedMention[];
  /** The quote and cue of the claim in focus, highlighted. */
  quote: TextSpan | null;
  cue: Cue | null;
  name: (mention: ExtractedMention) => string;
  /** A selection of the text (a new quote), or null when none. */
  onSelect: (span: TextSpan | null) => void;
}

interface Piece extends TextSpan {
  mention: ExtractedMention | null;
  inQuote: boolean;
  inCue: boolean;
}

/** The text cut wherever a mention, the quote or the cue starts or ends, so that each piece is drawn with what covers it. */
function piecesOf(text: string, mentions: readonly ExtractedMention[], quote: TextSpan | null, cue: Cue | null): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const span of [...mentions, quote, cue]) {
    if (!span) continue;
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const within = (span: TextSpan | null) => span !== null && span.start <= start && end <= span.end;
    pieces.push({ start, end, mention: mentions.find((mention) => within(mention)) ?? null, inQuote: within(quote), inCue: within(cue) });
  }
  return pieces;
}

/** Where in the text a point of the DOM selection falls: its piece's start plus the offset within it. */
function offsetOf(container: HTMLElement, node: Node | null, offset: number): number | null {
  if (!node || !container.contains(node)) return null;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  const piece = element?.closest<HTMLElement>('[data-start]');
  if (!piece) return null;
  return Number(piece.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * The report as pasted, with the actors it names marked (recorded ones and ones Parley lacks apart), and the
 * quote of the claim in focus highlighted with the cue that fired. Selecting words in it offers them as the quote
 * of a new claim.
 */
export function ReportText({ text, mentions, quote, cue, name, onSelect }: ReportTextProps) {
  const container = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => piecesOf(text, mentions, quote, cue), [text, mentions, quote, cue]);

  // The claim in focus brings its quote into view, scrolling the text alone (not the page around it).
  useEffect(() => {
    const box = container.current;
    const mark = box?.querySelector('mark');
    if (!box || !mark) return;
    const top = mark.offsetTop;
    if (top < box.scrollTop || top + mark.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3), behavior: 'smooth' });
  }, [quote]);

  const readSelection = () => {
    const selection = window.getSelection();
    if (!container.current || !selection || selection.isCollapsed || selection.rangeCount === 0) return onSelect(null);
    const range = selection.getRangeAt(0);
    const start = offsetOf(container.current, range.startContainer, range.startOffset);
    const end = offsetOf(container.current, range.endContainer, range.endOffset);
    onSelect(start !== null && end !== null && end > start ? { start, end } : null);
  };

  const drawPiece = (piece: Piece) => {
    const classes = [piece.mention ? (piece.mention.actorId || piece.mention.holderOf ? styles.mention : styles.newMention) : '', piece.inCue ? styles.cue : '']
      .filter(Boolean)
      .join(' ');
    return (
      <span key={piece.start} data-start={piece.start} className={classes || undefined} title={piece.mention ? name(piece.mention) : undefined}>
        {text.slice(piece.start, piece.end)}
      </span>
    );
  };

  return (
    <div
      ref={container}
      className={styles.reportText}
      tabIndex={0}
      role="document"
      aria-label="The report"
      onMouseUp={readSelection}
      onKeyUp={readSelection}
    >
      {pieces.filter((piece) => !piece.inQuote && (!quote || piece.end <= quote.start)).map(drawPiece)}
      {quote && <mark className={styles.quote}>{pieces.filter((piece) => piece.inQuote).map(drawPiece)}</mark>}
      {quote && pieces.filter((piece) => !piece.inQuote && piece.start >= quote.end).map(drawPiece)}
    </div>
  );
}
