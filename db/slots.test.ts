import { describe, expect, it } from 'vitest';
import { Slots } from './slots';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('slots', () => {
  it('runs at most `size` at once, the rest in order, and with a bound refuses beyond it at once', async () => {
    const slots = new Slots(2, { maxWaiting: 1, refuse: () => new Error('full') });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const work = (id: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      order.push(id);
      running -= 1;
      return id;
    };
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((id) => slots.run(work(id))));
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message))).toEqual([1, 2, 3, 'full']);
    expect(most).toBe(2);
    expect(order.at(-1)).toBe(3);
    // A failed piece of work gives its slot back.
    await expect(slots.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await Promise.all([slots.run(work(5)), slots.run(work(6)), slots.run(work(7))])).toEqual([5, 6, 7]);
  });

  it('gives up waiting when its signal aborts, and leaves the queue to the others', async () => {
    const slots = new Slots(1);
    let release = () => {};
    const holding = slots.run(() => new Promise<void>((resolve) => (release = resolve)));
    const impatient = new AbortController();
    const givingUp = slots.run(async () => 'never', impatient.signal);
    const patient = slots.run(async () => 'patient');
    impatient.abort(new Error('deadline'));
    await expect(givingUp).rejects.toThrow('deadline');
    release();
    await holding;
    expect(await patient).toBe('patient');
  });

  it('without a bound, everything waits its turn', async () => {
    const slots = new Slots(1);
    const results = await Promise.all(Array.from({ length: 20 }, (_, id) => slots.run(async () => (await tick(), id))));
    expect(results).toEqual(Array.from({ length: 20 }, (_, id) => id));
  });
});
