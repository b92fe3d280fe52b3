/** A claim's dates as analysts read them: "2024-07-31", "2024-07 – 2024-08", "since 2023", "undated". */
export function dates(since: string | null, until: string | null): string {
  if (!since && !until) return 'undated';
  if (since && until) return since === until ? since : `${since} – ${until}`;
  return since ? `since ${since}` : `until ${until}`;
}
