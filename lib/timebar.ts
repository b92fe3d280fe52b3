import { dateInterval } from './dates';
import type { GraphData } from './graph';
import type { PartialDate } from './schemas/common';

/**
 * The time bar under the canvas: how many claims of a view may fall on each day, week or month (valid time: a
 * tie's since/until, a meeting's date, an imported event's day), and the window dragged over it, which is the
 * view's date filter (`from`/`to`, lib/filters.ts) read in bins. Pure, so that it is tested apart from the bar.
 */

export const TIME_BINS = ['day', 'week', 'month'] as const;
export type TimeBin = (typeof TIME_BINS)[number];

export const TIME_BIN_LABELS: Record<TimeBin, string> = { day: 'Day', week: 'Week', month: 'Month' };

/**
 * Claims sharing one valid time: first and last day they may cover (`YYYY-MM-DD`), null for an open end (a tie
 * `since` 2019 with no end runs on), and how many there are. A view's dated claims as a few spans: event data
 * repeats the same day thousands of times.
 */
export type DateSpan = [start: string | null, end: string | null, count: number];

/** What the bar is drawn from (`ViewPicture.timeline`): the view's claims with every filter applied but the dates. */
export interface ViewTimeline {
  spans: DateSpan[];
  /** Claims with no date at all, which no window holds (the filter's `undated` says whether they are shown). */
  undated: number;
}

/** Groups the claims of `graph` by their valid time. */
export function timelineOf(graph: Pick<GraphData, 'ties' | 'meetings'>): ViewTimeline {
  const spans = new Map<string, DateSpan>();
  let undated = 0;
  const add = (since: PartialDate | null, until: PartialDate | null) => {
    if (!since && !until) {
      undated += 1;
      return;
    }
    const start = since ? dateInterval(since).start : null;
    const end = until ? dateInterval(until).end : null;
    const key = `${start}|${end}`;
    const span = spans.get(key);
    if (span) span[2] += 1;
    else spans.set(key, [start, end, 1]);
  };
  for (const tie of graph.ties) add(tie.since, tie.until);
  for (const meeting of graph.meetings) add(meeting.date, meeting.date);
  return { spans: [...spans.values()].sort(compareSpans), undated };
}

function compareSpans(a: DateSpan, b: DateSpan): number {
  const key = (span: DateSpan) => `${span[0] ?? span[1]}|${span[1] ?? span[0]}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

export function dayOfNumber(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** First and last day of the view's dated claims, both included: open ends stop at the last dated day known. */
export interface TimeDomain {
  start: string;
  end: string;
}

export function timeDomain(timeline: ViewTimeline): TimeDomain | null {
  const days = timeline.spans.flatMap(([start, end]) => [start, end]).filter((day): day is string => day !== null);
  if (days.length === 0) return null;
  days.sort();
  return { start: days[0]!, end: days[days.length - 1]! };
}

/** One bar: the days it covers, both included, what it says, and the dates the filter takes for it. */
export interface TimeBinRange {
  start: string;
  end: string;
  /** "2024-07-15", "week of 2024-07-15", "July 2024". */
  label: string;
  /** How the filter names its first and last day: a month bin is `2024-07`, so that links stay short. */
  from: PartialDate;
  to: PartialDate;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Past this many bars a bin is too fine for the bar: its bars would be thinner than a pixel. */
export const MAX_BINS = 1_000;

/** Aimed at about a hundred bars at most: days up to three months, weeks up to two years, months beyond. */
export function chooseBin(domain: TimeDomain): TimeBin {
  const days = dayNumber(domain.end) - dayNumber(domain.start) + 1;
  if (days <= 92) return 'day';
  if (days <= 2 * 366) return 'week';
  return 'month';
}

/** How many bars `bin` makes of `domain`, to say which bins the analyst may choose. */
export function binCount(domain: TimeDomain, bin: TimeBin): number {
  const first = binStart(domain.start, bin);
  const last = binStart(domain.end, bin);
  if (bin === 'month') {
    const months = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
    return months(last) - months(first) + 1;
  }
  return (dayNumber(last) - dayNumber(first)) / (bin === 'week' ? 7 : 1) + 1;
}

/** The first day of the bin holding `day`: itself, the Monday of its week (ISO 8601), the first of its month. */
function binStart(day: string, bin: TimeBin): string {
  if (bin === 'day') return day;
  if (bin === 'month') return `${day.slice(0, 7)}-01`;
  const number = dayNumber(day);
  // 1970-01-01 was a Thursday: Monday is 4 days before.
  return dayOfNumber(number - ((number + 3) % 7));
}

function nextBinStart(start: string, bin: TimeBin): string {
  if (bin === 'day') return dayOfNumber(dayNumber(start) + 1);
  if (bin === 'week') return dayOfNumber(dayNumber(start) + 7);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The bins that cover `domain`, in time order (at most MAX_BINS). */
export function binsOf(domain: TimeDomain, bin: TimeBin): TimeBinRange[] {
  const bins: TimeBinRange[] = [];
  for (let start = binStart(domain.start, bin); start <= domain.end && bins.length < MAX_BINS; start = nextBinStart(start, bin)) {
    const end = dayOfNumber(dayNumber(nextBinStart(start, bin)) - 1);
    if (bin === 'month') {
      const label = `${MONTH_NAMES[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
      bins.push({ start, end, label, from: start.slice(0, 7), to: start.slice(0, 7) });
    } else {
      bins.push({ start, end, label: bin === 'week' ? `week of ${start}` : start, from: start, to: end });
    }
  }
  return bins;
}

/** The first bin whose last day is on or after `day` (bins.length when none). */
function firstBinEndingFrom(bins: readonly TimeBinRange[], day: string): number {
  let low = 0;
  let high = bins.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bins[middle]!.end < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last bin whose first day is on or before `day` (-1 when none). */
function lastBinStartingBy(bins: readonly TimeBinRange[], day: string): number {
  let low = -1;
  let high = bins.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (bins[middle]!.start <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * How many claims may fall in each bin: a claim counts in every bin its span overlaps, so that a bar says what a
 * window set to that bin would show. Open ends run to the edge of the bins.
 */
export function countByBin(spans: readonly DateSpan[], bins: readonly TimeBinRange[]): number[] {
  const steps = new Array<number>(bins.length + 1).fill(0);
  if (bins.length === 0) return [];
  for (const [start, end, count] of spans) {
    const first = start === null ? 0 : firstBinEndingFrom(bins, start);
    const last = end === null ? bins.length - 1 : lastBinStartingBy(bins, end);
    if (first > last) continue;
    steps[first]! += count;
    steps[last + 1]! -= count;
  }
  const counts: number[] = [];
  let running = 0;
  for (let index = 0; index < bins.length; index++) {
    running += steps[index]!;
    counts.push(running);
  }
  return counts;
}

/** A window over the bar, in bins: the first and last bins it holds, both included. */
export interface BinWindow {
  first: number;
  last: number;
}

/** The bins a date filter covers, or null when it sets no date; open ends run to the edge of the bar. */
export function windowOfFilter(filter: { from: PartialDate | null; to: PartialDate | null }, bins: readonly TimeBinRange[]): BinWindow | null {
  if ((!filter.from && !filter.to) || bins.length === 0) return null;
  const first = filter.from ? Math.min(bins.length - 1, firstBinEndingFrom(bins, dateInterval(filter.from).start)) : 0;
  const last = filter.to ? Math.max(0, lastBinStartingBy(bins, dateInterval(filter.to).end)) : bins.length - 1;
  return { first: Math.min(first, last), last: Math.max(first, last) };
}

/** The date filter a window sets: from its first bin's first day to its last bin's last day. */
export function filterOfWindow(window: BinWindow, bins: readonly TimeBinRange[]): { from: PartialDate; to: PartialDate } {
  return { from: bins[window.first]!.from, to: bins[window.last]!.to };
}

/** The window moved by `by` bins, kept whole inside the bar. */
export function moveWindow(window: BinWindow, by: number, binTotal: number): BinWindow {
  const width = window.last - window.first;
  const first = Math.max(0, Math.min(binTotal - 1 - width, window.first + by));
  return { first, last: first + width };
}

/** The window with its last bin moved by `by`, never before its first nor past the bar. */
export function resizeWindow(window: BinWindow, by: number, binTotal: number): BinWindow {
  return { first: window.first, last: Math.max(window.first, Math.min(binTotal - 1, window.last + by)) };
}

/** The window two bins span, whichever comes first (a drag from right to left). */
export function windowBetween(a: number, b: number): BinWindow {
  return { first: Math.min(a, b), last: Math.max(a, b) };
}

/**
 * Where playing starts: the window as it is, unless there is none or it has reached the end, then a tenth of the
 * bar (at least one bin) at its start.
 */
export function playStart(window: BinWindow | null, binTotal: number): BinWindow {
  if (window && window.last < binTotal - 1 && window.last - window.first < binTotal - 1) return window;
  const width = Math.max(1, Math.round(binTotal / 10));
  return { first: 0, last: Math.min(binTotal, width) - 1 };
}

/** One step of playing: the window one bin later, or null once its last bin is the bar's last. */
export function playStep(window: BinWindow, binTotal: number): BinWindow | null {
  return window.last >= binTotal - 1 ? null : moveWindow(window, 1, binTotal);
}

/** "July 2024", "2024-07-01 – 2024-07-14", "week of 2024-07-01 – week of 2024-07-22": what a window covers. */
export function describeWindow(window: BinWindow, bins: readonly TimeBinRange[]): string {
  const first = bins[window.first]!;
  const last = bins[window.last]!;
  return window.first === window.last ? first.label : `${first.label} – ${last.label}`;
}

/**
 * Where the axis names a date: the first bin of each month (day and week bins) or of each year (month bins),
 * thinned to at most `most` evenly spread ones. Each tick is a bin index with its short label.
 */
export function axisTicks(bins: readonly TimeBinRange[], bin: TimeBin, most = 8): { index: number; label: string }[] {
  const ticks: { index: number; label: string }[] = [];
  bins.forEach((range, index) => {
    if (bin === 'month') {
      if (index === 0 || range.start.slice(5, 7) === '01') ticks.push({ index, label: range.start.slice(0, 4) });
      return;
    }
    const month = range.start.slice(0, 7);
    if (index === 0 || bins[index - 1]!.start.slice(0, 7) !== month) {
      const name = MONTH_NAMES[Number(month.slice(5)) - 1]!.slice(0, 3);
      ticks.push({ index, label: index === 0 || month.endsWith('-01') ? `${name} ${month.slice(0, 4)}` : name });
    }
  });
  if (ticks.length <= most) return ticks;
  const every = Math.ceil(ticks.length / most);
  return ticks.filter((_, position) => position % every === 0);
}

/** How many claims may fall in a window (each counted once, however many of its bins it covers). */
export function claimsInWindow(spans: readonly DateSpan[], window: BinWindow, bins: readonly TimeBinRange[]): number {
  const first = bins[window.first]!.start;
  const last = bins[window.last]!.end;
  return spans.reduce((sum, [start, end, count]) => ((start === null || start <= last) && (end === null || end >= first) ? sum + count : sum), 0);
}
