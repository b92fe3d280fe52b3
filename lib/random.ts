/** Seeded randomness, so that what is drawn from chance (a synthetic data set, communities) is the same every run. */

/** mulberry32: small, fast and good enough for synthetic data and for breaking ties in community detection. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
