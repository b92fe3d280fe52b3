/** Timing: many runs after a warm-up, the two ways of an action interleaved so that drift hits both alike. */

export interface Sample {
  ms: number[];
  bytes: number[];
  reach: number[];
  /** Runs that failed (a 503 past a deadline, say): their time counts in `ms`, as the user waited it too. */
  failures: string[];
}

export interface ActionResult {
  action: string;
  /** What the numbers are of, said once under the table. */
  note?: string;
  api: Summary;
  driver: Summary;
}

export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  /** Median size of the answer: the JSON body for the API, the same object serialised for the driver. */
  bytes: number;
  /** Median of what the answer covers when its size does not say it (the actors a capped expansion reached). */
  reach: number | null;
  failures: number;
  /** The first failure's message, for the notes under the table. */
  firstFailure: string | null;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function summarise(sample: Sample): Summary {
  return {
    runs: sample.ms.length,
    p50: percentile(sample.ms, 50),
    p95: percentile(sample.ms, 95),
    bytes: percentile(sample.bytes, 50),
    reach: sample.reach.length ? percentile(sample.reach, 50) : null,
    failures: sample.failures.length,
    firstFailure: sample.failures[0] ?? null,
  };
}

export interface MeasureOptions {
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs (past minRuns) once both ways together took this long. */
  budgetMs: number;
}

export const DEFAULT_MEASURE: MeasureOptions = { warmup: 5, minRuns: 20, maxRuns: 200, budgetMs: 15_000 };

/**
 * Each way is called with the run's index (the same index for both: the same input) and answers the size of its
 * answer in bytes, or the answer itself (sized as JSON after the clock has stopped).
 */
export type Way = (index: number) => Promise<number | object>;

export async function measure(
  action: string,
  api: Way,
  driver: Way,
  options: MeasureOptions = DEFAULT_MEASURE,
  note?: string,
  reachOf?: (answer: object) => number,
): Promise<ActionResult> {
  const emptySample = (): Sample => ({ ms: [], bytes: [], reach: [], failures: [] });
  const samples = { api: emptySample(), driver: emptySample() };
  const timeOne = async (way: Way, index: number, sample: Sample | null) => {
    const started = performance.now();
    let answer: number | object;
    try {
      answer = await way(index);
    } catch (error) {
      // One action failing (past its deadline on a large graph) is a finding of the run, not the end of it.
      const ms = performance.now() - started;
      if (sample) {
        sample.ms.push(ms);
        sample.failures.push(error instanceof Error ? error.message : String(error));
      }
      return ms;
    }
    const ms = performance.now() - started;
    if (sample) {
      sample.ms.push(ms);
      sample.bytes.push(typeof answer === 'number' ? answer : Buffer.byteLength(JSON.stringify(answer)));
      if (reachOf && typeof answer === 'object') sample.reach.push(reachOf(answer));
    }
    return ms;
  };
  let spent = 0;
  for (let index = 0; ; index += 1) {
    const recording = index >= options.warmup;
    const recorded = index - options.warmup;
    if (recording && recorded >= options.minRuns && (spent > options.budgetMs || recorded >= options.maxRuns)) break;
    // Actions of seconds each stop at 10 runs once far over the budget: p95 of 10 is then their slowest but one.
    if (recording && recorded >= 10 && spent > options.budgetMs * 4) break;
    // Alternate which goes first, so that neither always finds the caches the other just warmed.
    const order: ['api' | 'driver', Way][] = index % 2 === 0 ? [['api', api], ['driver', driver]] : [['driver', driver], ['api', api]];
    for (const [name, way] of order) {
      const ms = await timeOne(way, index, recording ? samples[name] : null);
      if (recording) spent += ms;
    }
  }
  return { action, note, api: summarise(samples.api), driver: summarise(samples.driver) };
}
