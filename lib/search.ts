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

/**
 * A Lucene query for actors whose name or an alias looks like one of `spellings`: within one spelling every word
 * must match, exactly, as the start of a word, or within one or two typing or transliteration differences
 * (Haniye, Haniyeh, Hanieh); any spelling may match. Short words only match exactly or as a prefix, since
 * "mit~" would match half the dictionary. Null when nothing searchable is left.
 */
export function similarNamesQuery(spellings: string[]): string | null {
  const clauses = spellings
    .map((spelling) => searchTerms(spelling).slice(0, 8))
    .filter((terms) => terms.length > 0)
    .slice(0, 20)
    .map((terms) => `(${terms.map(lookalikeTerm).join(' AND ')})`);
  return clauses.length > 0 ? clauses.join(' OR ') : null;
}

function lookalikeTerm(term: string): string {
  if (term.length <= 2) return term;
  if (term.length <= 3) return `(${term} OR ${term}*)`;
  return `(${term} OR ${term}* OR ${term}~${term.length <= 6 ? 1 : 2})`;
}

/** The one of `candidates` closest to any of `spellings` once folded: which of an actor's names looks alike. */
export function closestSpelling(spellings: string[], candidates: string[]): string {
  let best = { candidate: candidates[0] ?? '', distance: Number.POSITIVE_INFINITY };
  for (const candidate of candidates) {
    for (const spelling of spellings) {
      const distance = editDistance(foldName(spelling), foldName(candidate));
      if (distance < best.distance) best = { candidate, distance };
    }
  }
  return best.candidate;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
