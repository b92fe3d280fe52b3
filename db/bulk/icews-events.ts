import { CAMEO_CODEBOOK } from '../../lib/import/cameo-codebook';
import { ICEWS_COLUMNS } from '../../lib/import/icews';

/**
 * An ICEWS-format event file of made-up events (`generate-icews.ts` writes one to disk; tests post one).
 * Actors come from a pool of 300 (the demo's states and people among them, so that matching is exercised),
 * publishers from a pool of 40, codes from the whole codebook; a seeded generator makes the same file every run.
 * `textLength` pads each event's text to that many characters, for a file of many megabytes in few rows.
 */
export function icewsEventFile(count: number, { textLength = 0 }: { textLength?: number } = {}): string {
  const random = seededRandom(20_240_731);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lines = [ICEWS_COLUMNS.join('\t')];
  for (let index = 0; index < count; index += 1) {
    const source = pick(ACTORS);
    let target = pick(ACTORS);
    while (target === source) target = pick(ACTORS);
    const code = pick(CODES);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 366) * 86_400_000).toISOString().slice(0, 10);
    const country = pick(COUNTRIES);
    const text = `${source} and ${target}: “${CAMEO_CODEBOOK[code]}”, said a statement on ${day}.`;
    lines.push(
      [
        String(30_000_000 + index),
        day,
        source,
        'Government',
        COUNTRIES.includes(source) ? source : country,
        text.length < textLength ? `${text}${' The statement went on at length.'.repeat(Math.ceil(textLength / 33))}`.slice(0, textLength) : text,
        code,
        (random() * 20 - 10).toFixed(1),
        target,
        '',
        COUNTRIES.includes(target) ? target : country,
        String(40_000_000 + Math.floor(index / 3)),
        String((index % 3) + 1),
        pick(PUBLISHERS),
        'Capital',
        '',
        'Province',
        country,
        '0',
        '0',
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const DEMO_NAMES = ['Turkey', 'Qatar', 'Egypt', 'Israel', 'Hamas', 'United States', 'Benjamin Netanyahu', 'Ismail Haniyeh'];
const COUNTRIES = ['Jordan', 'Lebanon', 'Syria', 'Iran', 'Iraq', 'Saudi Arabia', 'Oman', 'Kuwait', 'France', 'Germany', 'Russia', 'China'];
const SECTORS = ['Police', 'Military', 'Government', 'Foreign Ministry', 'Citizen', 'Rebel Group', 'Business', 'Media'];
const ACTORS = [
  ...DEMO_NAMES,
  ...COUNTRIES,
  ...COUNTRIES.flatMap((country) => SECTORS.map((sector) => `${sector} (${country})`)),
  ...Array.from({ length: 300 - DEMO_NAMES.length - COUNTRIES.length * (SECTORS.length + 1) }, (_, index) => `Envoy Number ${index + 1}`),
];
const PUBLISHERS = Array.from({ length: 40 }, (_, index) => `Publisher ${index + 1} News`);
const CODES = Object.keys(CAMEO_CODEBOOK).filter((code) => code.length >= 3);
