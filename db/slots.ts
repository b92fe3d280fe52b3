/** What happens past a bound on the queue: the work is refused at once with this error instead of waiting. */
export interface QueueBound {
  maxWaiting: number;
  refuse: () => Error;
}

/**
 * At most `size` pieces of slow work at a time in this process; the rest wait here, in order. Write transactions
 * use it (a burst of 200 writes would otherwise hold every pooled connection while waiting for each other's locks,
 * and reads behind them would time out), and so does password hashing (db/accounts/passwords.ts). With a
 * `QueueBound`, work beyond `maxWaiting` waiting ones is refused at once, so that a flood gets a quick answer
 * instead of a queue that grows without end.
 */
export class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(
    size: number,
    private readonly bound?: QueueBound,
  ) {
    this.free = size;
  }

  /**
   * Runs `work` once a slot is free. With a `signal`, waiting for a slot ends when it aborts (rejected with its
   * reason); work already running keeps its slot until it settles, however late, so that what is stuck still counts.
   */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.free > 0) this.free -= 1;
    else if (this.bound && this.waiting.length >= this.bound.maxWaiting) throw this.bound.refuse();
    else await this.waitForSlot(signal);
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }

  private waitForSlot(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const giveUp = () => {
        this.waiting.splice(this.waiting.indexOf(take), 1);
        reject(signal!.reason);
      };
      const take = () => {
        signal?.removeEventListener('abort', giveUp);
        resolve();
      };
      this.waiting.push(take);
      signal?.addEventListener('abort', giveUp, { once: true });
    });
  }
}
