import { isAcronym, phraseKeys, type Token } from './tokens';

/**
 * Many phrases found at once in a text's words: every actor's name and aliases, every cue and title of a lexicon.
 * A trie of folded words, walked from each word of the text, so that the time grows with the text and the
 * longest phrase, not with how many phrases there are. A phrase is written as words separated by spaces, where
 * `word*` matches any word that starts with `word` ("médiat*": médiateur, médiateurs, médiation) and `…` stands for
 * up to GAP_WORDS words of any kind ("a eu des réunions … avec": "a eu des réunions intenses avec").
 */

export const GAP_WORDS = 3;
const GAP = '…';

interface TrieNode<V> {
  exact: Map<string, TrieNode<V>>;
  prefixes: { prefix: string; node: TrieNode<V> }[];
  gap: TrieNode<V> | null;
  entries: { value: V; capitals: boolean; words: number }[];
}

function newNode<V>(): TrieNode<V> {
  return { exact: new Map(), prefixes: [], gap: null, entries: [] };
}

export interface PhraseMatch<V> {
  /** Token indexes: the match covers tokens[start] to tokens[end - 1]. */
  start: number;
  end: number;
  value: V;
}

type Step = { kind: 'word'; key: string } | { kind: 'prefix'; key: string } | { kind: 'gap' };

function stepsOf(phrase: string): Step[] {
  const steps: Step[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (part === GAP || part === '...') {
      steps.push({ kind: 'gap' });
      continue;
    }
    const prefix = part.endsWith('*');
    const keys = phraseKeys(prefix ? part.slice(0, -1) : part);
    keys.forEach((key, index) => steps.push({ kind: prefix && index === keys.length - 1 ? 'prefix' : 'word', key }));
  }
  return steps;
}

export class PhraseMatcher<V> {
  private readonly root: TrieNode<V> = newNode();

  /**
   * Adds a phrase. One written in capitals (an acronym: "US", "MİT") only matches words written in capitals, so
   * that the United States' "US" does not match the English "us".
   */
  add(phrase: string, value: V): this {
    const steps = stepsOf(phrase);
    if (steps.length === 0 || steps[0]!.kind === 'gap') return this;
    let node = this.root;
    for (const step of steps) {
      if (step.kind === 'gap') {
        node.gap ??= newNode();
        node = node.gap;
      } else if (step.kind === 'word') {
        let next = node.exact.get(step.key);
        if (!next) node.exact.set(step.key, (next = newNode()));
        node = next;
      } else {
        let next = node.prefixes.find((entry) => entry.prefix === step.key)?.node;
        if (!next) node.prefixes.push({ prefix: step.key, node: (next = newNode()) });
        node = next;
      }
    }
    node.entries.push({ value, capitals: isAcronym(phrase), words: steps.length });
    return this;
  }

  /** Every phrase that starts at `tokens[start]` and ends before `limit`, longest first. */
  matchesAt(tokens: readonly Token[], start: number, limit = tokens.length): PhraseMatch<V>[] {
    const found: PhraseMatch<V>[] = [];
    const visit = (node: TrieNode<V>, at: number, afterGap: boolean) => {
      for (const entry of node.entries) {
        if (entry.capitals && !tokens.slice(start, at).every((token) => token.caps)) continue;
        found.push({ start, end: at, value: entry.value });
      }
      if (node.gap && !afterGap) {
        for (let skip = 0; skip <= GAP_WORDS && at + skip < limit; skip += 1) visit(node.gap, at + skip, true);
      }
      const token = tokens[at];
      if (!token || at >= limit) return;
      const next = node.exact.get(token.key);
      if (next) visit(next, at + 1, false);
      for (const { prefix, node: child } of node.prefixes) if (token.key.startsWith(prefix)) visit(child, at + 1, false);
    };
    visit(this.root, start, false);
    // Distinct (end, value) pairs, longest first: a gap may reach the same end by two skips.
    const unique = found.filter((match, index) => found.findIndex((other) => other.end === match.end && other.value === match.value) === index);
    return unique.sort((a, b) => b.end - a.end);
  }

  /** The phrases of tokens[from..to), leftmost first and longest first, none overlapping another. */
  scan(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const matches: PhraseMatch<V>[] = [];
    for (let at = from; at < to; ) {
      const longest = this.matchesAt(tokens, at, to)[0];
      if (longest && longest.end > at) {
        matches.push(longest);
        at = longest.end;
      } else {
        at += 1;
      }
    }
    return matches;
  }
}
