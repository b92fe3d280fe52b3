/**
 * Folds a name the way the full-text index does, so that a query typed without accents or in another case
 * matches: "Erdoğan" -> "erdogan", "MİT" -> "mit", "Kalın" -> "kalin".
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase();
}

/** The words of a query: runs of letters and digits in any script. */
export function searchTerms(text: string): string[] {
  return foldName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A Lucene query for the actor-name index: every word must match, as a whole word (ranked higher) or as the
 * start of one, so that results come while typing. Only letters and digits get through, so the user's text can
 * never become Lucene syntax. Returns null when nothing searchable is left.
 */
export function actorNameQuery(text: string): string | null {
  const terms = searchTerms(text).slice(0, 8);
  if (terms.length === 0) return null;
  return terms.map((term) => `(${term}^3 OR ${term}*)`).join(' AND ');
}
