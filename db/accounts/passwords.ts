import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { AppError } from '../../lib/errors';
import { Slots } from '../slots';

/**
 * Passwords are stored as scrypt hashes (memory-hard: guessing costs memory as well as time) with a random salt
 * and the parameters beside them, `scrypt$N$r$p$salt$hash`, so that stronger parameters can be adopted later
 * while old hashes still verify.
 */

const PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

/**
 * Each hash takes a core and 32 MB for about a tenth of a second. Unbounded, 40 sign-ins at once took every core
 * (and libuv's threads) for seconds while searches waited behind them; so at most half the cores (1 to 4) hash at
 * once, a short queue waits, and beyond it a sign-in is refused at once with 429.
 */
export const HASHES_AT_ONCE = Math.min(4, Math.max(1, Math.floor(availableParallelism() / 2)));
export const HASHES_WAITING = 16;
const hashingSlots = new Slots(HASHES_AT_ONCE, {
  maxWaiting: HASHES_WAITING,
  refuse: () =>
    new AppError('too_many_requests', 'Too many sign-ins at the same moment. Wait a few seconds, then try again.', [], { retryAfter: 2 }),
});

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  // 128·N·r bytes are needed; allow twice that so that the default 32 MB cap does not refuse it.
  const maxmem = 256 * (options.N ?? PARAMETERS.N) * (options.r ?? PARAMETERS.r);
  return hashingSlots.run(
    () =>
      new Promise((resolve, reject) => {
        scryptCallback(password.normalize('NFC'), salt, keyLength, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_LENGTH, PARAMETERS);
  return ['scrypt', PARAMETERS.N, PARAMETERS.r, PARAMETERS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (![options.N, options.r, options.p].every(Number.isInteger) || expected.length === 0) return false;
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, options);
  return timingSafeEqual(actual, expected);
}

// Verified against when the username is unknown, so that the answer takes as long as for a wrong password.
let dummyHash: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
