import { foldName } from './search';

/** Letters that NFKD does not take apart, spelled out so that a slug keeps them: Straße -> strasse. */
const SPELLED_OUT: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th' };

/** Longest slug made from a name, so that a numeric suffix still fits the 120 characters of an id. */
export const MAX_SLUG_LENGTH = 100;

/**
 * A readable id from a name, folded like the search index folds it: "İbrahim Kalın" -> "ibrahim-kalin".
 * Empty when nothing Latin is left (a name written only in Arabic script, say); the caller then falls back.
 */
export function slugify(text: string): string {
  const latin = foldName(text).replace(/[ßæœøđðłþ]/g, (letter) => SPELLED_OUT[letter] ?? '');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  // End on a whole word when there is one to end on.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** The first id of `base`, `base-2`, `base-3`… that is neither taken nor reserved. */
export function firstFreeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
