/** Seeded randomness for the generator and the bench, so that every run builds and asks for the same things. */
import { seededRandom } from '../lib/random';

export class Rng {
  constructor(readonly next: () => number) {}

  static seeded(seed: number): Rng {
    return new Rng(seededRandom(seed));
  }

  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One of `items` by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}

/**
 * Zipf sampling over indexes 0..n-1: index i drawn with probability proportional to 1 / (i + 1)^exponent, so a few
 * indexes are drawn very often and most rarely; drawing both ends of every tie this way gives the power-law
 * degrees of real event data (a few states and leaders in thousands of ties, most actors in a handful).
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, exponent: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i += 1) {
      sum += 1 / (i + 1) ** exponent;
      this.cumulative[i] = sum;
    }
  }

  sample(rng: Rng): number {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
