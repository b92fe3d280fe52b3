import { partialDateSchema, type PartialDate } from './schemas/common';

/** The days a partial date covers, both ends included, as `YYYY-MM-DD` strings (which compare in time order). */
export interface DateInterval {
  start: string;
  end: string;
}

/** `2024` covers 2024-01-01…2024-12-31, `2024-02` covers 2024-02-01…2024-02-29, a day covers itself. */
export function dateInterval(date: PartialDate): DateInterval {
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31` };
  if (date.length === 7) return { start: `${date}-01`, end: `${date}-${lastDayOfMonth(date)}` };
  return { start: date, end: date };
}

function lastDayOfMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/**
 * Whether a partial date may fall in the range from…to (either end may be open), each read at the precision
 * given: a meeting dated `2024-07` is in a range that starts on 2024-07-15, since it may have been after it.
 */
export function overlaps(date: PartialDate, range: { from?: PartialDate | null; to?: PartialDate | null }): boolean {
  const { start, end } = dateInterval(date);
  return (!range.from || end >= dateInterval(range.from).start) && (!range.to || start <= dateInterval(range.to).end);
}

/** Whether a range ends before it starts, each end read at its own precision: 2024-07-15 … 2024-07 is the second half of July. */
export function endsBeforeStart(from: PartialDate, to: PartialDate): boolean {
  return dateInterval(from).start > dateInterval(to).end;
}

/** What a date-range field says, at the "To" field, when the range ends before it starts. */
export const RANGE_ENDS_BEFORE_FROM = 'Ends before “From”';

export interface CheckedDateRange {
  /** The valid ends; empty fields, and a "To" that ends before "From", are left undefined. */
  from?: PartialDate;
  to?: PartialDate;
  fromError?: string;
  toError?: string;
}

/** A date typed in a field: its value, or why it cannot be used. Empty means "no bound". */
function checkDateText(text: string): { value?: PartialDate; error?: string } {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const parsed = partialDateSchema.safeParse(trimmed);
  return parsed.success ? { value: parsed.data } : { error: parsed.error.issues[0]?.message ?? 'Not a valid date' };
}

/** The range two typed fields give, with each field's error: the one rule of every From/To pair of fields. */
export function checkDateRange(fromText: string, toText: string): CheckedDateRange {
  const from = checkDateText(fromText);
  const to = checkDateText(toText);
  const backwards = from.value !== undefined && to.value !== undefined && endsBeforeStart(from.value, to.value);
  return {
    from: from.value,
    to: backwards ? undefined : to.value,
    fromError: from.error,
    toError: to.error ?? (backwards ? RANGE_ENDS_BEFORE_FROM : undefined),
  };
}
