'use client';

import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import {
  axisTicks,
  binCount,
  binsOf,
  chooseBin,
  claimsInWindow,
  countByBin,
  describeWindow,
  filterOfWindow,
  MAX_BINS,
  moveWindow,
  playStart,
  playStep,
  resizeWindow,
  TIME_BIN_LABELS,
  TIME_BINS,
  timeDomain,
  windowBetween,
  windowOfFilter,
  type BinWindow,
  type TimeBin,
  type ViewTimeline,
} from '@/lib/timebar';
import type { ViewFilters } from '@/lib/view-state';
import { plural } from '@/lib/words';
import styles from './TimeBar.module.css';

const PLOT_HEIGHT = 40;
/** Room above the tallest bar for the scale's label. */
const SCALE_ROOM = 11;
const AXIS_HEIGHT = 12;
/** How close to a window's edge a press resizes it rather than moving it, in pixels. */
const EDGE_GRAB = 6;
/** The pause between steps of playing, once the picture of the last one is drawn; longer when motion is reduced. */
const PLAY_STEP_MS = 900;
const REDUCED_MOTION_STEP_MS = 2_000;
/** Arrow keys move the window at once; the view follows when they pause, not on every press. */
const KEY_COMMIT_MS = 350;

export interface TimeBarProps {
  timeline: ViewTimeline;
  filters: Pick<ViewFilters, 'from' | 'to' | 'undated'>;
  /** The analyst's bin; null lets the bar choose from the span. */
  chosenBin: TimeBin | null;
  /** Whether the picture of the window set last is still on its way: playing waits for it. */
  busy: boolean;
  onWindowChange: (range: Pick<ViewFilters, 'from' | 'to'>) => void;
  onBinChange: (bin: TimeBin | null) => void;
}

type Drag = { mode: 'new'; anchor: number } | { mode: 'move'; grabbed: number; start: BinWindow } | { mode: 'start' | 'end'; start: BinWindow };

/** The bar's width in pixels, followed as the pane resizes. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function followReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(followReducedMotion, () => window.matchMedia(REDUCED_MOTION).matches, () => false);
}

/**
 * The time bar under the canvas: a histogram of the view's claims by day, week or month, and a window over it that
 * is the view's date filter (the Filters panel shows the same from/to). Drag across it to set a window, drag the
 * window to move it or its edges to resize it; on the keyboard, arrows move it and Shift+arrows resize it. Play
 * steps the window through time, one bin at a time, each step once the picture of the last is drawn.
 */
export function TimeBar({ timeline, filters, chosenBin, busy, onWindowChange, onBinChange }: TimeBarProps) {
  const titleId = useId();
  const helpId = useId();
  const [plotRef, width] = useWidth();
  const reducedMotion = usePrefersReducedMotion();
  const domain = useMemo(() => timeDomain(timeline), [timeline]);
  const autoBin = domain ? chooseBin(domain) : 'day';
  const bin = chosenBin && domain && binCount(domain, chosenBin) <= MAX_BINS ? chosenBin : autoBin;
  const bins = useMemo(() => (domain ? binsOf(domain, bin) : []), [domain, bin]);
  const counts = useMemo(() => countByBin(timeline.spans, bins), [timeline.spans, bins]);
  const committed = useMemo(() => windowOfFilter(filters, bins), [filters, bins]);
  /** The window while it is dragged or stepped by keys, before the view follows. */
  const [draft, setDraft] = useState<BinWindow | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [playing, setPlaying] = useState(false);
  const keyTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = draft ?? committed;

  const commit = (window: BinWindow | null) => {
    setDraft(null);
    onWindowChange(window ? filterOfWindow(window, bins) : { from: null, to: null });
  };
  useEffect(() => () => clearTimeout(keyTimer.current), []);

  // Playing: one step after the picture of the last one arrived, until the window reaches the end.
  const step = useEffectEvent(() => {
    const next = committed && playStep(committed, bins.length);
    if (next) commit(next);
    else setPlaying(false);
  });
  useEffect(() => {
    if (!playing || busy) return;
    const timer = setTimeout(step, reducedMotion ? REDUCED_MOTION_STEP_MS : PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, busy, committed, reducedMotion]);

  const total = timeline.spans.reduce((sum, span) => sum + span[2], 0);
  const undatedNote = timeline.undated ? ` · ${timeline.undated.toLocaleString('en')} undated ${filters.undated ? 'shown' : 'hidden'}` : '';

  if (!domain) {
    return (
      <section className={styles.bar} aria-labelledby={titleId} data-testid="time-bar">
        <p className={styles.empty}>
          <span id={titleId} className={styles.title}>
            Time
          </span>{' '}
          No claim in this view has a date{timeline.undated ? ` (${plural(timeline.undated, 'undated claim', 'undated claims')})` : ''}.
        </p>
      </section>
    );
  }

  const binWidth = width / bins.length;
  const maxCount = Math.max(1, ...counts);
  const binAt = (clientX: number, element: Element) => {
    const x = clientX - element.getBoundingClientRect().left;
    return Math.max(0, Math.min(bins.length - 1, Math.floor(x / binWidth)));
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    setPlaying(false);
    event.currentTarget.setPointerCapture(event.pointerId);
    const index = binAt(event.clientX, event.currentTarget);
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    if (shown && Math.abs(x - shown.first * binWidth) <= EDGE_GRAB) setDrag({ mode: 'start', start: shown });
    else if (shown && Math.abs(x - (shown.last + 1) * binWidth) <= EDGE_GRAB) setDrag({ mode: 'end', start: shown });
    else if (shown && index >= shown.first && index <= shown.last) setDrag({ mode: 'move', grabbed: index, start: shown });
    else {
      setDrag({ mode: 'new', anchor: index });
      setDraft({ first: index, last: index });
    }
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const index = binAt(event.clientX, event.currentTarget);
    if (drag.mode === 'new') setDraft(windowBetween(drag.anchor, index));
    else if (drag.mode === 'move') setDraft(moveWindow(drag.start, index - drag.grabbed, bins.length));
    else if (drag.mode === 'start') setDraft(windowBetween(index, drag.start.last));
    else setDraft(windowBetween(drag.start.first, index));
  };
  const onPointerUp = () => {
    if (!drag) return;
    setDrag(null);
    if (draft) commit(draft);
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const last = bins.length - 1;
    const current = shown ?? playStart(null, bins.length);
    let next: BinWindow | null | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const by = event.key === 'ArrowRight' ? 1 : -1;
      next = !shown ? current : event.shiftKey ? resizeWindow(current, by, bins.length) : moveWindow(current, by, bins.length);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      next = moveWindow(current, (event.key === 'PageDown' ? 1 : -1) * (current.last - current.first + 1), bins.length);
    } else if (event.key === 'Home') next = moveWindow(current, -current.first, bins.length);
    else if (event.key === 'End') next = moveWindow(current, last - current.last, bins.length);
    else if ((event.key === 'Escape' || event.key === 'Delete' || event.key === 'Backspace') && committed) next = null;
    if (next === undefined) return;
    event.preventDefault();
    setPlaying(false);
    clearTimeout(keyTimer.current);
    if (next === null) return commit(null);
    setDraft(next);
    keyTimer.current = setTimeout(() => commit(next), KEY_COMMIT_MS);
  };

  const play = () => {
    if (playing) return setPlaying(false);
    const start = playStart(committed, bins.length);
    if (!committed || start.first !== committed.first || start.last !== committed.last) commit(start);
    setPlaying(true);
  };

  // Said as the filter says it (months as 2024-07), the window being dragged included.
  const range = draft ? filterOfWindow(draft, bins) : filters;
  const windowText = shown
    ? `${range.from ?? 'start'} – ${range.to ?? 'end'} · ${claimsInWindow(timeline.spans, shown, bins).toLocaleString('en')} of ${plural(total, 'dated claim', 'dated claims')}`
    : `All time · ${plural(total, 'dated claim', 'dated claims')}`;
  const ticks = axisTicks(bins, bin, Math.max(2, Math.floor(width / 90)));

  return (
    <section className={styles.bar} aria-labelledby={titleId} data-testid="time-bar">
      <div className={styles.controls}>
        <h2 id={titleId} className={styles.title}>
          Time
        </h2>
        <button type="button" onClick={play} aria-pressed={playing} disabled={bins.length < 2} title="Step the window through time, a bar at a time">
          {playing ? 'Pause' : 'Play'}
        </button>
        <label>
          Bars{' '}
          <select value={chosenBin ?? ''} onChange={(event) => onBinChange((event.target.value || null) as TimeBin | null)}>
            <option value="">Auto ({TIME_BIN_LABELS[autoBin].toLowerCase()})</option>
            {TIME_BINS.map((option) => {
              const tooMany = binCount(domain, option) > MAX_BINS;
              return (
                <option key={option} value={option} disabled={tooMany}>
                  {TIME_BIN_LABELS[option]}
                  {tooMany ? ' (too many bars)' : ''}
                </option>
              );
            })}
          </select>
        </label>
        <span className={styles.window} role="status" data-testid="time-window" title={`${windowText}${undatedNote}${undatedNote && ' (Filters › Dates says whether undated claims show)'}`}>
          {windowText}
          {undatedNote}
        </span>
        {committed && (
          <button type="button" onClick={() => commit(null)} disabled={playing}>
            All time
          </button>
        )}
      </div>
      <div ref={plotRef} className={styles.plot}>
        {width > 0 && (
          <svg
            width={width}
            height={PLOT_HEIGHT + AXIS_HEIGHT}
            role="group"
            aria-label={`Claims by ${bin}, ${describeWindow({ first: 0, last: bins.length - 1 }, bins)}`}
            aria-describedby={helpId}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            className={styles.svg}
            data-testid="time-histogram"
            data-bins={bins.length}
            data-bin={bin}
          >
            {counts.map((count, index) => {
              const height = count === 0 ? 0 : Math.max(1.5, (count / maxCount) * (PLOT_HEIGHT - SCALE_ROOM));
              const inWindow = !shown || (index >= shown.first && index <= shown.last);
              const label = `${bins[index]!.label}: ${plural(count, 'claim', 'claims')}`;
              return (
                <rect
                  key={bins[index]!.start}
                  x={index * binWidth + (binWidth > 3 ? 0.5 : 0)}
                  y={PLOT_HEIGHT - height}
                  width={Math.max(0.5, binWidth - (binWidth > 3 ? 1 : 0))}
                  height={height}
                  className={inWindow ? styles.count : styles.countOutside}
                  role="img"
                  aria-label={label}
                >
                  <title>{label}</title>
                </rect>
              );
            })}
            <line x1={0} x2={width} y1={PLOT_HEIGHT + 0.5} y2={PLOT_HEIGHT + 0.5} className={styles.baseline} />
            {ticks.map((tick) => (
              <text key={tick.index} x={tick.index * binWidth + 2} y={PLOT_HEIGHT + AXIS_HEIGHT - 2} className={styles.tick} aria-hidden="true">
                {tick.label}
              </text>
            ))}
            <line x1={0} x2={width} y1={SCALE_ROOM - 0.5} y2={SCALE_ROOM - 0.5} className={styles.scale} />
            <text x={width - 2} y={SCALE_ROOM - 2} textAnchor="end" className={styles.tick} aria-hidden="true">
              {plural(maxCount, 'claim', 'claims')} a {bin}
            </text>
            <g
              role="slider"
              tabIndex={0}
              aria-label="Time window"
              aria-valuemin={0}
              aria-valuemax={bins.length - 1}
              aria-valuenow={shown?.first ?? 0}
              aria-valuetext={shown ? describeWindow(shown, bins) : 'All time: press an arrow key to choose a window'}
              aria-describedby={helpId}
              onKeyDown={onKeyDown}
              className={styles.windowGroup}
              data-testid="time-window-handle"
            >
              <rect
                x={shown ? shown.first * binWidth : 0}
                y={0}
                width={shown ? (shown.last - shown.first + 1) * binWidth : width}
                height={PLOT_HEIGHT}
                className={shown ? `${styles.windowRect} ${reducedMotion || drag ? '' : styles.animated}` : styles.noWindow}
              />
              {shown && (
                <>
                  <rect x={shown.first * binWidth - 2} y={0} width={4} height={PLOT_HEIGHT} className={styles.edge} />
                  <rect x={(shown.last + 1) * binWidth - 2} y={0} width={4} height={PLOT_HEIGHT} className={styles.edge} />
                </>
              )}
            </g>
          </svg>
        )}
        <p id={helpId} hidden>
          Drag across the bars to show only the claims of that time; drag the window to move it, its edges to resize it.
          On the window, the arrow keys move it a bar, Shift with an arrow makes it a bar longer or shorter, Page Up and
          Page Down move it by its width, Home and End to either end, Escape shows all time again.
        </p>
      </div>
    </section>
  );
}
