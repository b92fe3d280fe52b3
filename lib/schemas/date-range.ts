import type { z } from 'zod';
import { endsBeforeStart } from '../dates';
import type { PartialDate } from './common';

export const ENDS_BEFORE_IT_STARTS = 'Ends before it starts';

/** Whether a range runs backwards, each end read at its own precision; an open end never does. */
export function rangeEndsBeforeStart(from: PartialDate | null | undefined, to: PartialDate | null | undefined): boolean {
  return !!from && !!to && endsBeforeStart(from, to);
}

/** The one check of every from/to pair of fields (`.superRefine(rangeInOrder('since', 'until'))`), said at the end's field. */
export function rangeInOrder<From extends string, To extends string>(from: From, to: To) {
  return (value: { [Key in From | To]?: PartialDate | null }, context: z.RefinementCtx) => {
    if (rangeEndsBeforeStart(value[from], value[to])) context.addIssue({ code: 'custom', message: ENDS_BEFORE_IT_STARTS, path: [to], input: value });
  };
}
