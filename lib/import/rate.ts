/**
 * How fast an import goes and how long it has left, from when it started and how far it has got: what the
 * import form and `npm run import` both show. Null while too little has been done to tell.
 */
export interface ImportPace {
  rowsPerSecond: number | null;
  secondsLeft: number | null;
}

export function importPace({ startedAt, now, done, total }: { startedAt: number; now: number; done: number; total: number }): ImportPace {
  const seconds = (now - startedAt) / 1000;
  if (done <= 0 || seconds <= 0) return { rowsPerSecond: null, secondsLeft: null };
  const rowsPerSecond = done / seconds;
  return { rowsPerSecond, secondsLeft: Math.max(total - done, 0) / rowsPerSecond };
}

/** "45 s", "3 min 05 s", "1 h 02 min": a time left as a person reads it. */
export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

/** "9,800 rows a second, about 6 s left", or null while the pace is unknown. */
export function describePace({ rowsPerSecond, secondsLeft }: ImportPace, unit = 'rows'): string | null {
  if (rowsPerSecond === null || secondsLeft === null) return null;
  return `${Math.round(rowsPerSecond).toLocaleString('en')} ${unit} a second, about ${formatDuration(secondsLeft)} left`;
}
